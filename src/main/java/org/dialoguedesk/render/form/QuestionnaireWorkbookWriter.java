package org.dialoguedesk.render.form;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dialoguedesk.common.AtomicFiles;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.questionnaire.AnswerCell;
import org.dialoguedesk.questionnaire.FormFingerprint;
import org.dialoguedesk.questionnaire.FormSpec;
import org.dialoguedesk.questionnaire.FormWorkbookWriter;
import org.dialoguedesk.questionnaire.Section;

/**
 * Writes one recipient's fillable questionnaire workbook: an instructions sheet, one sheet per section
 * (answer cells open, everything else locked, sheets protected without a password), a hidden sheet of
 * drop-down lists and the very hidden identity sheet ({@link FormIdentitySheet}) with the fingerprint.
 * The workbook structure is locked too, so sheets cannot be added, removed or renamed by accident.
 * Arabic forms read right to left.
 */
public final class QuestionnaireWorkbookWriter implements FormWorkbookWriter {

    /** Writes the workbook atomically and returns its fingerprint. */
    @Override
    public String write(FormSpec spec, Path file) throws IOException {
        String[] fingerprint = new String[1];
        AtomicFiles.write(file, out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                fingerprint[0] = build(wb, spec);
                wb.write(out);
            }
        });
        return fingerprint[0];
    }

    private String build(XSSFWorkbook wb, FormSpec spec) {
        Messages messages = new Messages(spec.lang());
        FormStyles styles = new FormStyles(wb, spec.lang());
        FormValidations validations = new FormValidations(wb, messages);
        Set<String> names = new HashSet<>();
        XSSFSheet cover = wb.createSheet(sheetName(messages.get("questionnaire.form.cover.sheet"), names));
        FormCoverSheet.write(cover, spec, messages, styles);
        List<AnswerCell> cells = new ArrayList<>();
        int n = 1;
        for (Section section : spec.sections()) {
            XSSFSheet sheet = wb.createSheet(sheetName(n++ + " " + spec.text(section.title()), names));
            cells.addAll(new FormSectionSheet(spec, messages, styles, validations, sheet).write(section));
            sheet.enableLocking();
            sheet.lockFormatColumns(false);
            sheet.lockFormatRows(false);
        }
        validations.finish();
        String fingerprint = FormFingerprint.of(spec.roundId(), spec.countryCode(), spec.templateVersionId(), cells);
        FormIdentitySheet.write(wb, spec, cells, fingerprint);
        if (spec.lang().isRightToLeft()) {
            wb.forEach(s -> ((XSSFSheet) s).setRightToLeft(true));
        }
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
                continue;
            }
            XSSFSheet sheet = wb.getSheetAt(i);
            sheet.setFitToPage(true); // printed one page wide, as many pages long as needed
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.getPrintSetup().setLandscape(i > 0);
        }
        wb.setActiveSheet(0);
        wb.lockStructure();
        return fingerprint;
    }

    /** A valid, unique sheet name of at most 31 characters. */
    private static String sheetName(String wanted, Set<String> taken) {
        // cut to 31 characters, then stripped: a name ending in a space reads back differently
        String base = WorkbookUtil.createSafeSheetName(wanted.strip().isEmpty() ? "Sheet" : wanted.strip()).strip();
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())).strip() + suffix;
        }
        return name;
    }
}
