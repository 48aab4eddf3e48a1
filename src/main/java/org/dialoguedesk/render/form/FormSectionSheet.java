package org.dialoguedesk.render.form;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.questionnaire.AnswerCell;
import org.dialoguedesk.questionnaire.AnswerValues;
import org.dialoguedesk.questionnaire.Choice;
import org.dialoguedesk.questionnaire.FormSpec;
import org.dialoguedesk.questionnaire.Question;
import org.dialoguedesk.questionnaire.Section;

/**
 * One section of the questionnaire on its own sheet. Columns: A the question code, B the question
 * (label in bold, then help and definition in muted italics), C the answer, D the "national
 * definition differs" note. A multiple choice question gets one yes/no drop-down per choice, one row
 * each, so every choice is a cell an importer can read without parsing; a table question a grid of
 * numeric cells, its column labels above, starting in column C.
 */
final class FormSectionSheet {

    static final int COL_CODE = 0;
    static final int COL_QUESTION = 1;
    static final int COL_ANSWER = 2;
    static final int COL_NOTE = 3;
    static final int FIRST_QUESTION_ROW = 3;

    private final FormSpec spec;
    private final Messages messages;
    private final FormStyles styles;
    private final FormValidations validations;
    private final XSSFSheet sheet;
    private final List<AnswerCell> cells = new ArrayList<>();
    private int row;

    FormSectionSheet(FormSpec spec, Messages messages, FormStyles styles, FormValidations validations,
                     XSSFSheet sheet) {
        this.spec = spec;
        this.messages = messages;
        this.styles = styles;
        this.validations = validations;
        this.sheet = sheet;
    }

    /** Writes the section and returns its answer cells, in order. */
    List<AnswerCell> write(Section section) {
        sheet.setColumnWidth(COL_CODE, 14 * 256);
        sheet.setColumnWidth(COL_QUESTION, 60 * 256);
        sheet.setColumnWidth(COL_ANSWER, 30 * 256);
        sheet.setColumnWidth(COL_NOTE, 40 * 256);
        text(0, COL_CODE, spec.text(section.title()), styles.title);
        sheet.getRow(0).setHeightInPoints(22); // room for the 14 pt title
        XSSFRow head = sheet.createRow(2);
        cell(head, COL_CODE, messages.get("questionnaire.form.column.code"), styles.header);
        cell(head, COL_QUESTION, messages.get("questionnaire.form.column.question"), styles.header);
        cell(head, COL_ANSWER, messages.get("questionnaire.form.column.answer"), styles.header);
        cell(head, COL_NOTE, messages.get("questionnaire.form.column.note"), styles.header);
        sheet.createFreezePane(0, 3);
        row = FIRST_QUESTION_ROW;
        for (Question q : section.questions()) {
            question(q);
            row++; // a blank line between questions
        }
        return cells;
    }

    private void question(Question q) {
        int labelRow = row;
        String label = spec.text(q.label()) + (q.required() ? " *" : "");
        text(labelRow, COL_CODE, q.code(), styles.code);
        text(labelRow, COL_QUESTION, label, styles.label);
        boolean simple = q.type() != org.dialoguedesk.questionnaire.QuestionType.TABLE
                && q.type() != org.dialoguedesk.questionnaire.QuestionType.MULTIPLE_CHOICE;
        if (simple) {
            answer(q, labelRow, COL_ANSWER, q.code());
        }
        XSSFCell note = cellAt(labelRow, COL_NOTE);
        note.setCellStyle(styles.note);
        String previousNote = spec.previous().values().get(AnswerCell.noteKey(q.code()));
        if (previousNote != null) {
            note.setCellValue(previousNote);
            note.setCellStyle(styles.prefilled(styles.note));
        }
        row++;
        if (spec.previous().covers(q)) {
            text(row++, COL_QUESTION, messages.get("questionnaire.form.fromLastRound", spec.previous().roundTitle()),
                    styles.prefilledMark);
        }
        if (!spec.text(q.help()).isEmpty()) {
            text(row++, COL_QUESTION, spec.text(q.help()), styles.muted);
        }
        if (!spec.text(q.definition()).isEmpty()) {
            text(row++, COL_QUESTION, messages.get("questionnaire.form.definition", spec.text(q.definition())),
                    styles.muted);
        }
        if (!q.unit().isEmpty()) {
            text(row++, COL_QUESTION, messages.get("questionnaire.form.unit", q.unit()), styles.muted);
        }
        switch (q.type()) {
            case MULTIPLE_CHOICE -> choices(q);
            case TABLE -> table(q);
            default -> { }
        }
        cells.add(new AnswerCell(AnswerCell.noteKey(q.code()), sheet.getSheetName(), ref(labelRow, COL_NOTE)));
    }

    private void choices(Question q) {
        List<String> yesNo = yesNo();
        for (Choice c : q.choices()) {
            text(row, COL_QUESTION, spec.text(c.label()), styles.option);
            XSSFCell cell = cellAt(row, COL_ANSWER);
            cell.setCellStyle(styles.answerText);
            prefill(cell, q, AnswerCell.choiceKey(q.code(), c.code()));
            validations.list(sheet, row, COL_ANSWER, yesNo, messages.get("questionnaire.form.hint.multiple"));
            cells.add(new AnswerCell(AnswerCell.choiceKey(q.code(), c.code()), sheet.getSheetName(),
                    ref(row, COL_ANSWER)));
            row++;
        }
    }

    private void table(Question q) {
        for (int j = 0; j < q.columns().size(); j++) {
            text(row, COL_ANSWER + j, spec.text(q.columns().get(j).label()), styles.header);
            if (sheet.getColumnWidth(COL_ANSWER + j) < 14 * 256) {
                sheet.setColumnWidth(COL_ANSWER + j, 14 * 256);
            }
        }
        row++;
        for (Choice r : q.rows()) {
            text(row, COL_QUESTION, spec.text(r.label()), styles.option);
            for (int j = 0; j < q.columns().size(); j++) {
                Choice c = q.columns().get(j);
                XSSFCell cell = cellAt(row, COL_ANSWER + j);
                cell.setCellStyle(styles.answerDecimal);
                prefill(cell, q, AnswerCell.tableKey(q.code(), r.code(), c.code()));
                validations.decimal(sheet, row, COL_ANSWER + j, messages.get("questionnaire.form.hint.table"));
                cells.add(new AnswerCell(AnswerCell.tableKey(q.code(), r.code(), c.code()), sheet.getSheetName(),
                        ref(row, COL_ANSWER + j)));
            }
            row++;
        }
    }

    private void answer(Question q, int r, int c, String key) {
        XSSFCell cell = cellAt(r, c);
        cell.setCellStyle(style(q));
        prefill(cell, q, key);
        switch (q.type()) {
            case INTEGER -> validations.integer(sheet, r, c, "-" + FormValidations.MAX_NUMBER,
                    FormValidations.MAX_NUMBER, messages.get("questionnaire.form.hint.integer"),
                    messages.get("questionnaire.form.error.number"));
            case DECIMAL -> validations.decimal(sheet, r, c, messages.get("questionnaire.form.hint.decimal"));
            case YEAR -> validations.integer(sheet, r, c, "1900", "2100",
                    messages.get("questionnaire.form.hint.year"), messages.get("questionnaire.form.error.year"));
            case DATE -> validations.date(sheet, r, c, messages.get("questionnaire.form.hint.date"));
            case YES_NO -> validations.list(sheet, r, c, yesNo(), messages.get("questionnaire.form.hint.choice"));
            case SINGLE_CHOICE -> validations.list(sheet, r, c,
                    q.choices().stream().map(ch -> spec.text(ch.label())).toList(),
                    messages.get("questionnaire.form.hint.choice"));
            case URL_SOURCE -> validations.text(sheet, r, c, 2000, messages.get("questionnaire.form.hint.url"));
            case SHORT_TEXT -> validations.text(sheet, r, c, 255, "");
            default -> { }
        }
        cells.add(new AnswerCell(key, sheet.getSheetName(), ref(r, c)));
    }

    /**
     * Writes the country's accepted answer of the earlier round into the cell, typed as the focal point
     * would type it (numbers as numbers, dates as dates, choices by their label), on a tan fill.
     */
    private void prefill(XSSFCell cell, Question q, String key) {
        String value = spec.previous().values().get(key);
        if (value == null) {
            return;
        }
        switch (q.type()) {
            case INTEGER, DECIMAL, YEAR, TABLE -> cell.setCellValue(new java.math.BigDecimal(value).doubleValue());
            case DATE -> cell.setCellValue(java.time.LocalDate.parse(value));
            default -> cell.setCellValue(AnswerValues.display(q, value, spec.lang()));
        }
        cell.setCellStyle(styles.prefilled(cell.getCellStyle()));
    }

    private CellStyle style(Question q) {
        return switch (q.type()) {
            case INTEGER -> styles.answerInteger;
            case DECIMAL -> styles.answerDecimal;
            case YEAR -> styles.answerYear;
            case DATE -> styles.answerDate;
            case LONG_TEXT -> styles.answerLongText;
            default -> styles.answerText;
        };
    }

    private List<String> yesNo() {
        return List.of(messages.get("questionnaire.form.yes"), messages.get("questionnaire.form.no"));
    }

    private void text(int r, int c, String value, CellStyle style) {
        XSSFCell cell = cellAt(r, c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void cell(XSSFRow r, int c, String value, CellStyle style) {
        XSSFCell cell = r.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private XSSFCell cellAt(int r, int c) {
        XSSFRow x = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        return x.getCell(c) == null ? x.createCell(c) : x.getCell(c);
    }

    private static String ref(int r, int c) {
        return new CellReference(r, c).formatAsString(false);
    }
}
