package org.dialoguedesk.questionnaire;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.dialoguedesk.common.table.Table;

/**
 * Reading and writing workbooks as named sheets of text cells (implemented in {@code render} with
 * POI). The first non-blank row of a sheet is its header; row numbers are the file's own.
 */
public interface XlsFormWorkbooks {

    /**
     * Every sheet of the workbook, in order; a sheet with no rows is an empty table. A file that is
     * not a readable .xlsx throws a {@link org.dialoguedesk.common.DeskException} naming it.
     */
    Map<String, Table> read(Path file);

    /** Writes the sheets in order, atomically. */
    void write(Map<String, Table> sheets, Path file) throws IOException;
}
