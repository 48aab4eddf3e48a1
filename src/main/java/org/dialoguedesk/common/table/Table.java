package org.dialoguedesk.common.table;

import java.util.List;

/**
 * Rows of text cells under a header row, as read from or written to CSV and XLSX. Row numbers in
 * reports are the file's own (the header is row 1, the first data row is row 2).
 */
public record Table(List<String> header, List<List<String>> rows) {

    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The cell in that row and column, or "" when the row is short. */
    public static String cell(List<String> row, int column) {
        return column >= 0 && column < row.size() && row.get(column) != null ? row.get(column) : "";
    }

    /** The file row number of data row {@code index} (0-based). */
    public static int fileRow(int index) {
        return index + 2;
    }
}
