package org.dialoguedesk.render.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.table.CsvTables;
import org.dialoguedesk.common.table.Table;
import org.dialoguedesk.common.table.TableFileFormat;
import org.dialoguedesk.common.table.TableFiles;
import org.dialoguedesk.common.table.TableFormatException;

/**
 * CSV or XLSX, chosen by what the file is rather than only by its name: a workbook saved as
 * ".csv" still opens, and a text file renamed ".xlsx" gets a clear refusal instead of a zip error.
 */
public final class SpreadsheetTableFiles implements TableFiles {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    @Override
    public Table read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new TableFormatException(Problem.of("file", "import.file.missing", file.toString()));
        }
        byte[] head = head(file);
        boolean binaryWorkbook = startsWith(head, ZIP) || startsWith(head, OLE2);
        boolean namedXlsx = TableFileFormat.fromFileName(file).filter(f -> f == TableFileFormat.XLSX).isPresent();
        if (binaryWorkbook || namedXlsx) {
            return XlsxTables.read(file);
        }
        return CsvTables.read(file);
    }

    @Override
    public void write(Table table, Path file, TableFileFormat format) throws IOException {
        switch (format) {
            case CSV -> CsvTables.write(table, file);
            case XLSX -> XlsxTables.write(table, file, "Contacts");
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw new TableFormatException(Problem.of("file", "import.file.unreadable", file.toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
