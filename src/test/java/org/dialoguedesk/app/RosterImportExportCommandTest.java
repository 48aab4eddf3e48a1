package org.dialoguedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterImportExportCommandTest {

    @TempDir
    Path dir;

    /** Every test starts from a desk filled with the sample roster, as a first start makes it. */
    @BeforeEach
    void createSampleDesk() {
        Desk.open(dir.resolve("desk.db"), false).close();
    }

    private CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private int contactCount(Path db) {
        try (Desk desk = Desk.open(db, true)) {
            return desk.contacts().all().size();
        }
    }

    @Test
    void exportWritesCsvXlsxAndVcfAndSaysHowMany() throws IOException {
        Path db = dir.resolve("desk.db");
        for (String format : List.of("csv", "xlsx", "vcf")) {
            Path out = dir.resolve("contacts." + format);

            CommandRun r = run("--db", db.toString(), "roster", "export", "--format", format, "--out", out.toString());

            assertEquals(0, r.code(), r.err());
            assertEquals("Exported 42 contact(s) to " + out + ".", r.out().strip());
            assertTrue(Files.size(out) > 0);
        }
        assertTrue(Files.readString(dir.resolve("contacts.vcf")).startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
    }

    @Test
    void exportOfOneDialogueHoldsOnlyItsContacts() throws IOException {
        Path db = dir.resolve("desk.db");
        Path out = dir.resolve("rabat.csv");

        CommandRun r = run("--db", db.toString(), "roster", "export", "--format", "csv", "--out", out.toString(),
                "--dialogue", "rabat");

        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertTrue(lines.size() > 1);
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",RABAT,")), String.join("\n", lines));
    }

    @Test
    void exportOfUnknownDialogueFailsWithOneLineReason() {
        CommandRun r = run("--db", dir.resolve("desk.db").toString(), "roster", "export", "--format", "csv",
                "--out", dir.resolve("x.csv").toString(), "--dialogue", "NOPE");

        assertEquals(1, r.code());
        assertTrue(r.lastErrLine().startsWith("error: No dialogue called NOPE. Known: "), r.err());
        assertFalse(Files.exists(dir.resolve("x.csv")));
    }

    @Test
    void importOfGoodFilePrintsSummaryAndAddsContacts() throws IOException {
        Path db = dir.resolve("desk.db");
        int before = contactCount(db);
        Path file = dir.resolve("new.csv");
        Files.writeString(file, "name,email,organisation,country\nNew Officer,new.officer@example.org,IOM,CHE\n");

        CommandRun r = run("--db", db.toString(), "roster", "import", file.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1 contact(s) imported with 0 role(s); 0 row(s) skipped."), r.out());
        assertEquals(before + 1, contactCount(db));
    }

    @Test
    void dryRunReportsButWritesNothing() throws IOException {
        Path db = dir.resolve("desk.db");
        int before = contactCount(db);
        Path file = dir.resolve("new.csv");
        Files.writeString(file, "name,email\nNew Officer,new.officer@example.org\n");

        CommandRun r = run("--db", db.toString(), "roster", "import", file.toString(), "--dry-run");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Dry run: 1 contact(s) would be imported"), r.out());
        assertEquals(before, contactCount(db));
    }

    @Test
    void importOfBadFileExitsOneWithRowReportAndChangesNothing() throws IOException {
        Path db = dir.resolve("desk.db");
        int before = contactCount(db);
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "name,email\nFirst Person,first@example.org\nSecond Person,x@\n");

        CommandRun r = run("--db", db.toString(), "roster", "import", file.toString());

        assertEquals(1, r.code());
        assertTrue(r.out().contains("row 3, column email: “x@” is not an email address."), r.out());
        assertEquals("error: Nothing was imported: bad.csv has 1 problem(s), the first: "
                + "row 3, column email: “x@” is not an email address.", r.lastErrLine());
        assertEquals(before, contactCount(db));
    }

    @Test
    void importOfSameFileTwiceIsRefusedUnlessDuplicatesAreSkipped() throws IOException {
        Path db = dir.resolve("desk.db");
        Path exported = dir.resolve("all.csv");
        assertEquals(0, run("--db", db.toString(), "roster", "export", "--format", "csv", "--out",
                exported.toString()).code());
        int before = contactCount(db);

        CommandRun refused = run("--db", db.toString(), "roster", "import", exported.toString());
        CommandRun skipped = run("--db", db.toString(), "roster", "import", exported.toString(), "--skip-duplicates");

        assertEquals(1, refused.code());
        assertTrue(refused.lastErrLine().startsWith("error: Nothing was imported: all.csv has "), refused.err());
        assertEquals(0, skipped.code(), skipped.err());
        assertTrue(skipped.out().contains("0 contact(s) imported with 0 role(s); 42 row(s) skipped."), skipped.out());
        assertEquals(before, contactCount(db));
    }

    @Test
    void importOfFileThatIsNotASpreadsheetGivesTheReasonOnOneLine() throws IOException {
        Path db = dir.resolve("desk.db");
        int before = contactCount(db);
        Path file = dir.resolve("contacts.xlsx");
        Files.writeString(file, "just some text\n");

        CommandRun r = run("--db", db.toString(), "roster", "import", file.toString());

        assertEquals(1, r.code());
        assertTrue(r.lastErrLine().startsWith("error: contacts.xlsx is not an Excel workbook (.xlsx)."), r.err());
        assertEquals(before, contactCount(db));
    }

    @Test
    void importOfMissingFileFailsWithOneLineReason() {
        CommandRun r = run("--db", dir.resolve("desk.db").toString(), "roster", "import", dir.resolve("nope.csv").toString());

        assertEquals(1, r.code());
        assertTrue(r.lastErrLine().startsWith("error: There is no file "), r.err());
    }
}
