package org.dialoguedesk.render.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dialoguedesk.questionnaire.AnswerCell;
import org.dialoguedesk.questionnaire.FormSpec;
import org.dialoguedesk.questionnaire.ReturnedForm;

/**
 * The very hidden {@value #NAME} sheet: what the workbook is (round, country, template version, form
 * language, when it was made), its fingerprint, and the map from answer keys to cells the importer
 * reads answers by. Fields are name/value rows in columns A and B; after a blank row, a header
 * {@code key, sheet, cell} and one row per answer cell, in fingerprint order.
 */
public final class FormIdentitySheet {

    public static final String NAME = "_dialogue_desk";
    public static final String CELLS_HEADER = "key";

    private FormIdentitySheet() {
    }

    static void write(XSSFWorkbook wb, FormSpec spec, List<AnswerCell> cells, String fingerprint) {
        XSSFSheet sheet = wb.createSheet(NAME);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(ReturnedForm.FIELD_FORMAT, ReturnedForm.FORMAT);
        fields.put(ReturnedForm.FIELD_ROUND_ID, spec.roundId().toString());
        fields.put(ReturnedForm.FIELD_ROUND_TITLE, spec.roundTitle());
        fields.put(ReturnedForm.FIELD_COUNTRY, spec.countryCode());
        fields.put(ReturnedForm.FIELD_VERSION_ID, spec.templateVersionId().toString());
        fields.put(ReturnedForm.FIELD_VERSION_NUMBER, String.valueOf(spec.templateVersionNumber()));
        fields.put(ReturnedForm.FIELD_LANGUAGE, spec.lang().code());
        fields.put(ReturnedForm.FIELD_GENERATED_AT, spec.generatedAt().toString());
        fields.put(ReturnedForm.FIELD_FINGERPRINT, fingerprint);
        int r = 0;
        for (Map.Entry<String, String> f : fields.entrySet()) {
            XSSFRow row = sheet.createRow(r++);
            row.createCell(0).setCellValue(f.getKey());
            row.createCell(1).setCellValue(f.getValue());
        }
        r++;
        XSSFRow head = sheet.createRow(r++);
        head.createCell(0).setCellValue(CELLS_HEADER);
        head.createCell(1).setCellValue("sheet");
        head.createCell(2).setCellValue("cell");
        for (AnswerCell c : cells) {
            XSSFRow row = sheet.createRow(r++);
            row.createCell(0).setCellValue(c.key());
            row.createCell(1).setCellValue(c.sheet());
            row.createCell(2).setCellValue(c.cell());
        }
        sheet.enableLocking();
        wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }
}
