package org.dialoguedesk.common.table;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Rows of text cells under a header row, as read from or written to CSV and XLSX. Row numbers in
 * reports are the file's own (the header is row 1, the first data row is row 2); readers that skip
 * blank lines pass the real numbers in {@code rowNumbers}, so a report still points at the right row.
 */
public record Table(List<String> header, List<List<String>> rows, List<Integer> rowNumbers) {

    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        rowNumbers = List.copyOf(rowNumbers);
        if (rowNumbers.size() != rows.size()) {
            throw new IllegalArgumentException("one row number per row: " + rowNumbers.size() + " != " + rows.size());
        }
    }

    /** A table whose data rows follow the header without gaps. */
    public Table(List<String> header, List<List<String>> rows) {
        this(header, rows, IntStream.range(0, rows.size()).map(Table::fileRow).boxed().toList());
    }

    /** The cell in that row and column, or "" when the row is short. */
    public static String cell(List<String> row, int column) {
        return column >= 0 && column < row.size() && row.get(column) != null ? row.get(column) : "";
    }

    /** The file row number of data row {@code index} (0-based) when no blank rows were skipped. */
    public static int fileRow(int index) {
        return index + 2;
    }

    /** The row number the file itself shows for data row {@code index} (0-based). */
    public int rowNumber(int index) {
        return rowNumbers.get(index);
    }
}
