package org.dialoguedesk.common.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTablesTest {

    @Test
    void roundTripKeepsArabicQuotesAndNewlines() throws Exception {
        Table t = new Table(List.of("name", "name_ar", "notes"),
                List.of(List.of("Amina \"Mina\" Diallo", "أمينة", "line one\nline two, with comma")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvTables.write(t, out);
        Table back = CsvTables.read(new java.io.ByteArrayInputStream(out.toByteArray()), "x.csv");
        assertEquals(t, back);
    }

    @Test
    void semicolonSeparatedFilesFromFrenchSpreadsheetsAreRead() {
        Table t = CsvTables.read("nom;pays\nDupont;FRA\n".getBytes(StandardCharsets.UTF_8), "fr.csv");
        assertEquals(List.of("nom", "pays"), t.header());
        assertEquals(List.of("Dupont", "FRA"), t.rows().get(0));
    }

    @Test
    void latin1FileIsRefusedNamingTheLine() {
        byte[] latin1 = "name,country\nAlice,FRA\nH\u00e9l\u00e8ne,FRA\n".getBytes(StandardCharsets.ISO_8859_1);
        TableFormatException e = assertThrows(TableFormatException.class, () -> CsvTables.read(latin1, "old.csv"));
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void emptyAndBinaryFilesAreRefusedClearly() {
        assertTrue(assertThrows(TableFormatException.class, () -> CsvTables.read(new byte[0], "e.csv"))
                .getMessage().contains("empty"));
        byte[] zip = {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00};
        assertTrue(assertThrows(TableFormatException.class, () -> CsvTables.read(zip, "z.csv"))
                .getMessage().contains("not a text file"));
    }
}
