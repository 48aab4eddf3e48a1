package org.dialoguedesk.render.form;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dialoguedesk.common.Messages;

/**
 * Data validation of answer cells. Drop-down lists point at a column of the hidden, protected
 * {@value #LISTS_SHEET} sheet rather than spelling the labels inline: inline lists are limited to 255
 * characters and cannot hold a comma, which Arabic and French choice labels easily exceed or contain.
 */
final class FormValidations {

    static final String LISTS_SHEET = "_lists";
    static final String MAX_NUMBER = "1000000000000";

    private final XSSFWorkbook wb;
    private final Messages messages;
    private final Map<List<String>, String> lists = new HashMap<>();

    FormValidations(XSSFWorkbook wb, Messages messages) {
        this.wb = wb;
        this.messages = messages;
    }

    void list(XSSFSheet sheet, int row, int col, List<String> labels, String prompt) {
        String range = listRange(labels);
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        add(sheet, row, col, helper.createFormulaListConstraint(range), prompt,
                messages.get("questionnaire.form.error.choice"));
    }

    void integer(XSSFSheet sheet, int row, int col, String min, String max, String prompt, String error) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        add(sheet, row, col, helper.createIntegerConstraint(OperatorType.BETWEEN, min, max), prompt, error);
    }

    void decimal(XSSFSheet sheet, int row, int col, String prompt) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        add(sheet, row, col, helper.createDecimalConstraint(OperatorType.BETWEEN, "-" + MAX_NUMBER, MAX_NUMBER),
                prompt, messages.get("questionnaire.form.error.number"));
    }

    void date(XSSFSheet sheet, int row, int col, String prompt) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        add(sheet, row, col, helper.createDateConstraint(OperatorType.BETWEEN, "DATE(1900,1,1)",
                "DATE(2100,12,31)", null), prompt, messages.get("questionnaire.form.error.date"));
    }

    void text(XSSFSheet sheet, int row, int col, int maxLength, String prompt) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        add(sheet, row, col, helper.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL,
                String.valueOf(maxLength), null), prompt, messages.get("questionnaire.form.error.text", maxLength));
    }

    private void add(XSSFSheet sheet, int row, int col, DataValidationConstraint constraint, String prompt,
                     String error) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        DataValidation v = helper.createValidation(constraint, new CellRangeAddressList(row, row, col, col));
        v.setEmptyCellAllowed(true);
        if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
            v.setSuppressDropDownArrow(true); // in XSSF, true shows the arrow
        }
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox(clip(messages.get("questionnaire.form.error.title"), 32), clip(error, 255));
        if (prompt != null && !prompt.isEmpty()) {
            v.setShowPromptBox(true);
            v.createPromptBox(clip(messages.get("questionnaire.form.hint.title"), 32), clip(prompt, 255));
        }
        sheet.addValidationData(v);
    }

    /**
     * The absolute range of a list on the lists sheet, one column per distinct list. The sheet itself
     * is written by {@link #finish}, after the section sheets, so it comes after them in the workbook.
     */
    String listRange(List<String> labels) {
        return lists.computeIfAbsent(List.copyOf(labels), l -> {
            String letter = CellReference.convertNumToColString(lists.size());
            return "'" + LISTS_SHEET + "'!$" + letter + "$1:$" + letter + "$" + Math.max(1, l.size());
        });
    }

    /** Writes, hides and protects the lists sheet, if any list was used. */
    void finish() {
        if (lists.isEmpty()) {
            return;
        }
        XSSFSheet listSheet = wb.createSheet(LISTS_SHEET);
        for (Map.Entry<List<String>, String> e : lists.entrySet()) {
            int col = new CellReference(e.getValue().substring(e.getValue().indexOf('!') + 1,
                    e.getValue().indexOf(':'))).getCol();
            List<String> l = e.getKey();
            for (int i = 0; i < l.size(); i++) {
                XSSFRow row = listSheet.getRow(i) == null ? listSheet.createRow(i) : listSheet.getRow(i);
                row.createCell(col).setCellValue(l.get(i));
            }
        }
        listSheet.enableLocking();
        wb.setSheetVisibility(wb.getSheetIndex(listSheet), SheetVisibility.HIDDEN);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}
