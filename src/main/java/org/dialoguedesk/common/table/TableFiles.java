package org.dialoguedesk.common.table;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads and writes tables as files, whatever the spreadsheet format. Feature cores use this
 * interface so that they never touch the spreadsheet library themselves; the implementation lives
 * in {@code render} and is handed in by the composition root.
 */
public interface TableFiles {

    /**
     * Reads the first sheet (or the whole CSV) of the file, picking the format from its content and
     * name.
     *
     * @throws TableFormatException when the file is not a readable CSV (UTF-8) or XLSX workbook
     */
    Table read(Path file);

    /** Writes the table atomically: a failure leaves any previous file untouched. */
    void write(Table table, Path file, TableFileFormat format) throws IOException;
}
