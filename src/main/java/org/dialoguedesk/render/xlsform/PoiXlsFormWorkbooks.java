package org.dialoguedesk.render.xlsform;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.dialoguedesk.common.table.Table;
import org.dialoguedesk.questionnaire.XlsFormWorkbooks;
import org.dialoguedesk.render.sheet.XlsxTables;

/** XLSForm workbooks through POI: every sheet as a table of text cells, read and written. */
public final class PoiXlsFormWorkbooks implements XlsFormWorkbooks {

    @Override
    public Map<String, Table> read(Path file) {
        return XlsxTables.readSheets(file);
    }

    @Override
    public void write(Map<String, Table> sheets, Path file) throws IOException {
        XlsxTables.writeSheets(sheets, file);
    }
}
