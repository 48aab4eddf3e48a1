package org.dialoguedesk.render.form;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.questionnaire.FormSpec;

/** The first sheet: what the form is, for whom, by when, and how to fill it in. */
final class FormCoverSheet {

    /** About how many characters of 11 pt text fit on a line of the 90-wide column B. */
    private static final int VALUE_CHARS = 95;

    private FormCoverSheet() {
    }

    static void write(XSSFSheet sheet, FormSpec spec, Messages messages, FormStyles styles) {
        // in an Arabic form, a value starting with a digit or Latin text ("1. …", "2025-03-31") would be
        // laid out left to right; a right-to-left mark makes every value read and align as Arabic
        String mark = spec.lang().isRightToLeft() ? "\u200F" : "";
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 90 * 256);
        int r = 0;
        put(sheet, mark, r++, messages.get("questionnaire.form.cover.title", spec.roundTitle()), "", styles.title,
                styles);
        r++;
        put(sheet, mark, r++, messages.get("questionnaire.form.cover.dialogue"), spec.dialogueName(), styles.label, styles);
        put(sheet, mark, r++, messages.get("questionnaire.form.cover.country"),
                spec.countryName() + " (" + spec.countryCode() + ")", styles.label, styles);
        put(sheet, mark, r++, messages.get("questionnaire.form.cover.focalPoint"), spec.focalPointName(), styles.label,
                styles);
        put(sheet, mark, r++, messages.get("questionnaire.form.cover.deadline"),
                spec.deadline() == null ? "" : spec.deadline().toString(), styles.label, styles);
        put(sheet, mark, r++, messages.get("questionnaire.form.cover.version"),
                String.valueOf(spec.templateVersionNumber()), styles.label, styles);
        put(sheet, mark, r++, messages.get("questionnaire.form.cover.generated"), DateTimeFormatter.ISO_LOCAL_DATE
                .format(spec.generatedAt().atOffset(ZoneOffset.UTC)), styles.label, styles);
        r++;
        put(sheet, mark, r++, messages.get("questionnaire.form.cover.howTo"), "", styles.title, styles);
        for (String step : new String[] {"questionnaire.form.cover.step1", "questionnaire.form.cover.step2",
            "questionnaire.form.cover.step3", "questionnaire.form.cover.step4", "questionnaire.form.cover.step5"}) {
            put(sheet, mark, r++, "", messages.get(step), styles.plain, styles);
        }
        if (!spec.previous().isEmpty()) {
            r++;
            put(sheet, mark, r++, "", messages.get("questionnaire.form.cover.prefilled", spec.previous().roundTitle()),
                    styles.plain, styles);
            sheet.getRow(r - 1).getCell(1).setCellStyle(styles.prefilledMark);
        }
        sheet.enableLocking();
    }

    private static void put(XSSFSheet sheet, String mark, int r, String name, String value, CellStyle nameStyle,
                            FormStyles styles) {
        XSSFRow row = sheet.createRow(r);
        if (nameStyle == styles.title) {
            row.setHeightInPoints(22); // a 14 pt title is cut off in a default-height row (LibreOffice shows it so)
        }
        XSSFCell a = row.createCell(0);
        a.setCellValue(name);
        a.setCellStyle(nameStyle);
        XSSFCell b = row.createCell(1);
        b.setCellValue(value.isEmpty() ? value : mark + value);
        b.setCellStyle(styles.plainWrap);
        // spreadsheet programs do not grow a row for wrapped text they did not type themselves:
        // give a long text the lines it needs in the 90-character column
        int lines = (value.length() + VALUE_CHARS - 1) / VALUE_CHARS;
        if (lines > 1 && nameStyle != styles.title) {
            row.setHeightInPoints(15f * lines);
        }
    }
}
