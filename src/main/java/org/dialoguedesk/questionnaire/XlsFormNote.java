package org.dialoguedesk.questionnaire;

import java.util.List;

/**
 * One line of an XLSForm import report: where in the workbook (sheet, file row, column) and what
 * was found there, as a message key with arguments. Used both for what was not kept (the import
 * goes on) and for what refuses the file (nothing is imported). Row 0 means the whole sheet;
 * column -1 the whole row.
 */
public record XlsFormNote(String sheet, int row, int column, String columnName, String messageKey, List<Object> args) {

    public XlsFormNote {
        args = List.copyOf(args);
    }

    public static XlsFormNote of(String sheet, int row, int column, String columnName, String key, Object... args) {
        return new XlsFormNote(sheet, row, column, columnName, key, List.of(args));
    }

    /** The spreadsheet cell ("F12"), the row ("12") or "" for the whole sheet. */
    public String cell() {
        if (row <= 0) {
            return "";
        }
        return column < 0 ? String.valueOf(row) : columnLetters(column) + row;
    }

    /** A (0) … Z (25), AA (26) …: the column names spreadsheet programs show. */
    public static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            letters.insert(0, (char) ('A' + i % 26));
        }
        return letters.toString();
    }
}
