package org.dialoguedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.common.table.Table;
import org.dialoguedesk.roster.Contact;
import org.dialoguedesk.roster.ContactColumn;
import org.dialoguedesk.roster.ContactExport;
import org.dialoguedesk.roster.ContactRole;
import org.dialoguedesk.roster.ContactRoleType;
import org.dialoguedesk.roster.ImportIssue;
import org.dialoguedesk.roster.ImportOptions;
import org.dialoguedesk.roster.ImportPlan;
import org.dialoguedesk.roster.ImportRefusedException;
import org.dialoguedesk.roster.ImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactImportTest {

    static final String HEADER = String.join(",", ContactColumn.standardHeader()) + "\n";

    @TempDir
    Path dir;

    /** A desk with the sample organisations and dialogues but no contacts. */
    static Desk referenceDesk(Path file) {
        Desk desk = Desk.open(file, true);
        desk.database().run(() -> new SampleData(desk).loadReferenceData());
        return desk;
    }

    private Path csv(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String messages(ImportPlan plan) {
        Messages en = Messages.english();
        return String.join("\n", plan.issues().stream()
                .map(i -> i.row() + "|" + i.column() + "|" + en.format(i.problem())).toList());
    }

    private static int count(Desk desk) {
        return desk.contacts().all().size();
    }

    @Test
    void importCreatesContactsWithRoleResolvingFriendlyHeadingsAndNames() throws IOException {
        Path file = csv("list.csv", "Full name,Courriel,Organisation,Pays,Téléphone,Langues,role,dialogue,role_from\n"
                + "Karim Lahlou,k.lahlou@example.gov,Centre international pour le développement des politiques migratoires,Maroc,+212 537 000 101,ar;fr,"
                + "NATIONAL_FOCAL_POINT,MTM,2016-03-01\n"
                + "Daniel Kimani,d.kimani@example.org,IOM,Switzerland,,English,,,\n");
        try (Desk desk = referenceDesk(dir.resolve("desk.db"))) {
            ImportPlan plan = desk.contactImport().plan(file, ImportOptions.strict());
            assertFalse(plan.hasErrors(), messages(plan));

            ImportResult result = desk.contactImport().apply(plan);

            assertEquals(2, result.created().size());
            assertEquals(1, result.rolesCreated());
            Contact karim = desk.contacts().search("lahlou").get(0);
            assertEquals("MAR", karim.details().countryCode());
            assertEquals(List.of("k.lahlou@example.gov"), karim.emails());
            assertEquals(java.util.Set.of(Lang.AR, Lang.FR), karim.details().languages());
            assertEquals("ICMPD", desk.roster().organisation(karim.details().organisationId()).orElseThrow().refKey());
            ContactRole role = desk.contacts().roles(karim.id()).get(0);
            assertEquals(ContactRoleType.NATIONAL_FOCAL_POINT, role.type());
            assertEquals(LocalDate.of(2016, 3, 1), role.validFrom());
            assertEquals("IOM", desk.roster().organisation(desk.contacts().search("kimani").get(0).details()
                    .organisationId()).orElseThrow().refKey());
        }
    }

    @Test
    void csvExportImportedIntoAnEmptyDeskGivesTheSameContacts() throws IOException {
        roundTrip(ContactExport.Format.CSV, "contacts.csv");
    }

    @Test
    void xlsxExportImportedIntoAnEmptyDeskGivesTheSameContacts() throws IOException {
        roundTrip(ContactExport.Format.XLSX, "contacts.xlsx");
    }

    private void roundTrip(ContactExport.Format format, String name) throws IOException {
        Path file = dir.resolve(name);
        Table before;
        try (Desk source = Desk.open(dir.resolve("source.db"), false)) {
            assertEquals(42, source.contactExport().export(file, format, Optional.empty()));
            before = source.contactExport().table(Optional.empty());
        }
        try (Desk target = referenceDesk(dir.resolve("target.db"))) {
            // the sample roster knowingly holds one person twice (to demonstrate merging)
            ImportPlan plan = target.contactImport().plan(file, new ImportOptions(false, true));
            assertFalse(plan.hasErrors(), messages(plan));
            target.contactImport().apply(plan);

            Table after = target.contactExport().table(Optional.empty());
            assertEquals(before.header(), after.header());
            assertEquals(sorted(before.rows()), sorted(after.rows()));
        }
    }

    private static List<List<String>> sorted(List<List<String>> rows) {
        return rows.stream().sorted(Comparator.comparing(r -> String.join("|", r))).toList();
    }

    @Test
    void importRejectsFileWithoutANameColumn() throws IOException {
        Path file = csv("wrong.csv", "Surname,Mail\nLahlou,k@example.org\n");
        try (Desk desk = referenceDesk(dir.resolve("desk.db"))) {
            ImportPlan plan = desk.contactImport().plan(file, ImportOptions.strict());

            assertTrue(plan.hasErrors());
            assertTrue(messages(plan).contains("No column holds the contact names. The columns found are: Surname, Mail"),
                    messages(plan));
            assertThrows(ImportRefusedException.class, () -> desk.contactImport().apply(plan));
            assertEquals(0, count(desk));
        }
    }

    @Test
    void importRejectsFileThatIsNotUtf8() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, (HEADER + "Hélène Marchand,,,,FRA_DGEF,FRA,h.marchand@example.gov,,,,,,,,,,,\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        try (Desk desk = referenceDesk(dir.resolve("desk.db"))) {
            ImportPlan plan = desk.contactImport().plan(file, ImportOptions.strict());

            assertTrue(messages(plan).contains("latin1.csv is not UTF-8 text (first bad character on line 2)"),
                    messages(plan));
            assertThrows(ImportRefusedException.class, () -> desk.contactImport().apply(plan));
            assertEquals(0, count(desk));
        }
    }

    @Test
    void importRejectsEmptyFile() throws IOException {
        Path file = csv("empty.csv", "");
        try (Desk desk = referenceDesk(dir.resolve("desk.db"))) {
            ImportPlan plan = desk.contactImport().plan(file, ImportOptions.strict());

            assertEquals("0||empty.csv is empty: it has no header row and no contacts.", messages(plan));
            assertEquals(0, count(desk));
        }
    }

    @Test
    void importRejectsFileWithOnlyAHeader() throws IOException {
        Path file = csv("header.csv", HEADER);
        try (Desk desk = referenceDesk(dir.resolve("desk.db"))) {
            ImportPlan plan = desk.contactImport().plan(file, ImportOptions.strict());

            assertTrue(messages(plan).contains("header.csv has a header row but no contacts."), messages(plan));
            assertThrows(ImportRefusedException.class, () -> desk.contactImport().apply(plan));
            assertEquals(0, count(desk));
        }
    }

    @Test
    void importRejectsDuplicatesInsideTheFile() throws IOException {
        Path file = csv("dups.csv", "name,email\nMohamed Benali,m.benali@example.gov\n"
                + "Sara El Amrani,s.elamrani@example.org\nMohammed Ben Ali,M.Benali@example.gov\n");
        try (Desk desk = referenceDesk(dir.resolve("desk.db"))) {
            ImportPlan plan = desk.contactImport().plan(file, ImportOptions.strict());

            String report = messages(plan);
            assertTrue(report.contains("4|email|The email M.Benali@example.gov is already on row 2 of this file."), report);
            assertTrue(report.contains("4|name|The same person seems to be on row 2 of this file"), report);
            assertThrows(ImportRefusedException.class, () -> desk.contactImport().apply(plan));
            assertEquals(0, count(desk));
        }
    }

    @Test
    void importRejectsDuplicateOfAnExistingContactUnlessAskedToSkipIt() throws IOException {
        Path file = csv("again.csv", "name,emails,country\nKarim Lahlou,K.Lahlou@example.gov,MAR\n"
                + "New Person,new.person@example.org,TUN\n");
        try (Desk desk = Desk.open(dir.resolve("desk.db"), false)) {
            int before = count(desk);
            ImportPlan strict = desk.contactImport().plan(file, ImportOptions.strict());

            assertTrue(messages(strict).contains("2|emails|Already in the roster as “Karim Lahlou”."), messages(strict));
            assertThrows(ImportRefusedException.class, () -> desk.contactImport().apply(strict));
            assertEquals(before, count(desk));

            ImportPlan skipping = desk.contactImport().plan(file, new ImportOptions(true, false));
            ImportResult result = desk.contactImport().apply(skipping);

            assertEquals(1, result.created().size());
            assertEquals(1, result.skipped());
            assertTrue(skipping.issues().stream().anyMatch(i -> i.severity() == ImportIssue.Severity.SKIPPED && i.row() == 2));
            assertEquals(before + 1, count(desk));
        }
    }

    @Test
    void importRejectsRandomBytesRenamedXlsx() throws IOException {
        Path file = dir.resolve("contacts.xlsx");
        byte[] noise = new byte[2048];
        new java.util.Random(42).nextBytes(noise);
        Files.write(file, noise);
        try (Desk desk = referenceDesk(dir.resolve("desk.db"))) {
            ImportPlan plan = desk.contactImport().plan(file, ImportOptions.strict());

            assertTrue(messages(plan).contains("contacts.xlsx is not an Excel workbook (.xlsx)"), messages(plan));
            assertEquals(0, count(desk));
        }
    }

    @Test
    void importRejectsTextFileRenamedXlsx() throws IOException {
        Path file = csv("notes.xlsx", "Some notes from the meeting, not a spreadsheet.\n");
        try (Desk desk = referenceDesk(dir.resolve("desk.db"))) {
            ImportPlan plan = desk.contactImport().plan(file, ImportOptions.strict());

            assertTrue(messages(plan).contains("notes.xlsx is not an Excel workbook (.xlsx)"), messages(plan));
            assertEquals(0, count(desk));
        }
    }

    @Test
    void importRejectsBinaryFileNamedCsv() throws IOException {
        Path file = dir.resolve("photo.csv");
        Files.write(file, new byte[] {'n', 'a', 'm', 'e', '\n', 0, 0, 0});
        try (Desk desk = referenceDesk(dir.resolve("desk.db"))) {
            ImportPlan plan = desk.contactImport().plan(file, ImportOptions.strict());

            assertTrue(messages(plan).contains("photo.csv is not a text file"), messages(plan));
            assertEquals(0, count(desk));
        }
    }

    @Test
    void importReportsBadEmailOnItsOwnFileRowAndImportsNothing() throws IOException {
        StringBuilder text = new StringBuilder("name,email,phone,organisation,country\n");
        for (int i = 1; i <= 8; i++) {
            String email = i == 6 ? "x@" : "person" + i + "@example.org";
            text.append("Person ").append((char) ('A' + i)).append("xq").append(i).append(',').append(email)
                    .append(",+43 1 000 00").append(i).append(",ICMPD,AUT\n");
            if (i == 3) {
                text.append("\n"); // a blank line counts as a row in the file, as a spreadsheet shows it
            }
        }
        Path file = csv("bad-email.csv", text.toString().replace("Person Gxq6,x@", "Person Gxq6,x@"));
        try (Desk desk = referenceDesk(dir.resolve("desk.db"))) {
            ImportPlan plan = desk.contactImport().plan(file, ImportOptions.strict());

            List<ImportIssue> errors = plan.errors();
            assertEquals(1, errors.size(), messages(plan));
            assertEquals(8, errors.get(0).row(), "header row 1, rows 2-4, blank row 5, the sixth person on row 8");
            assertEquals("email", errors.get(0).column());
            assertEquals("“x@” is not an email address.", Messages.english().format(errors.get(0).problem()));
            assertThrows(ImportRefusedException.class, () -> desk.contactImport().apply(plan));
            assertEquals(0, count(desk));
        }
    }

    @Test
    void importReportsBadEmailOnRowSevenAsRowSeven() throws IOException {
        StringBuilder text = new StringBuilder("name,emails\n");
        for (int row = 2; row <= 8; row++) {
            text.append("Contact ").append(row).append(',')
                    .append(row == 7 ? "x@" : "c" + row + "@example.org").append('\n');
        }
        try (Desk desk = referenceDesk(dir.resolve("desk.db"))) {
            ImportPlan plan = desk.contactImport().plan(csv("row7.csv", text.toString()), ImportOptions.strict());

            assertEquals("7|emails|“x@” is not an email address.", messages(plan));
            assertEquals(0, count(desk));
        }
    }

    @Test
    void importReportsUnknownReferencesAndBadDatesByColumn() throws IOException {
        Path file = csv("refs.csv", HEADER
                + "Jane Roe,,,,NO_SUCH_ORG,Atlantis,jane@example.org,,xx,,NATIONAL_FOCAL_POINT,NOPE,MAR,01/02/2020,,,,\n"
                + "John Doe,,,,Ministry of Foreign Affairs,,john@example.org,,,,,,,,,,,\n"
                + "Jean Dupont,,,,Ministry of the Interior,TUN,jean@example.org,,,,,,,,,,,\n");
        try (Desk desk = referenceDesk(dir.resolve("desk.db"))) {
            String report = messages(desk.contactImport().plan(file, ImportOptions.strict()));

            assertTrue(report.contains("2|organisation|Unknown organisation “NO_SUCH_ORG”"), report);
            assertTrue(report.contains("2|country|Unknown country “Atlantis”"), report);
            assertTrue(report.contains("2|languages|Unknown language “xx”"), report);
            assertTrue(report.contains("2|dialogue|Unknown dialogue “NOPE”"), report);
            assertTrue(report.contains("2|role_from|“01/02/2020” is not a date"), report);
            assertTrue(report.contains("3|organisation|“Ministry of Foreign Affairs” names more than one organisation"),
                    report);
            assertFalse(report.contains("4|"), "the country settles which Ministry of the Interior: " + report);
            assertEquals(0, count(desk));
        }
    }

    @Test
    void sampleContactsAreLoadedThroughTheImporterOnFirstStart() {
        try (Desk desk = Desk.open(dir.resolve("sample.db"), false)) {
            assertEquals(42, count(desk));
            Contact sonia = desk.contacts().search("mejri").get(0);
            assertEquals(ContactRoleType.NATIONAL_FOCAL_POINT, desk.contacts().roles(sonia.id()).get(0).type());
            Contact khoury = desk.contacts().search("khoury").get(0);
            assertEquals(LocalDate.of(2011, 12, 31), desk.contacts().roles(khoury.id()).get(0).validTo());
        }
    }
}
