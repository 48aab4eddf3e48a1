package org.dialoguedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.render.form.FormIdentitySheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code questionnaire forms} on the sample round, through Main.run. */
class FormsCommandTest {

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void createDesk() {
        TestDesks.withSampleData(dir).close();
        db = dir.resolve("desk.db").toString();
    }

    private CommandRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db, "questionnaire", "forms"));
        all.addAll(List.of(args));
        return CommandRun.of(all.toArray(String[]::new));
    }

    private static String field(XSSFSheet hidden, String name) {
        for (int r = 0; r <= hidden.getLastRowNum(); r++) {
            if (hidden.getRow(r) != null && hidden.getRow(r).getCell(0).getStringCellValue().equals(name)) {
                return hidden.getRow(r).getCell(1).getStringCellValue();
            }
        }
        return null;
    }

    @Test
    void writesOneFormPerChosenCountryInItsFocalPointsLanguage() throws Exception {
        Path out = dir.resolve("forms");
        CommandRun r = run("--round", "mtm country profiles 2025", "--out", out.toString(), "--country", "mar,SEN,MLI");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().strip().lines().toList();
        assertEquals(4, lines.size(), r.out());
        assertTrue(lines.get(3).startsWith("Wrote 3 forms of \u201CMTM country profiles 2025\u201D to "), r.out());
        assertTrue(r.out().contains("MAR: \u0643\u0631\u064A\u0645 \u0644\u062D\u0644\u0648 (ar), "), r.out());
        assertTrue(r.out().contains("MLI: Seydou Dembélé (fr), "), r.out());
        List<String> names;
        try (Stream<Path> files = Files.list(out)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("mtm-country-profiles-2025-MAR-ar.xlsx", "mtm-country-profiles-2025-MLI-fr.xlsx",
                "mtm-country-profiles-2025-SEN-fr.xlsx"), names);
        try (InputStream in = Files.newInputStream(out.resolve(names.get(0)));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet hidden = wb.getSheet(FormIdentitySheet.NAME);
            assertEquals("MAR", field(hidden, org.dialoguedesk.questionnaire.ReturnedForm.FIELD_COUNTRY));
            assertEquals("ar", field(hidden, org.dialoguedesk.questionnaire.ReturnedForm.FIELD_LANGUAGE));
            java.time.Instant.parse(field(hidden, org.dialoguedesk.questionnaire.ReturnedForm.FIELD_GENERATED_AT));
            assertTrue(wb.getSheetAt(1).isRightToLeft());
            assertTrue(wb.getNumberOfSheets() >= 9, "instructions, 7 sections, lists, identity");
        }
    }

    @Test
    void badInputIsRefusedInOneLineAndWritesNothing() {
        Path out = dir.resolve("none");
        CommandRun notRecipient = run("--round", "MTM country profiles 2025", "--out", out.toString(), "--country", "XXX,YYY");
        assertEquals(1, notRecipient.code());
        assertEquals(1, notRecipient.err().strip().lines().count(), notRecipient.err());
        assertTrue(notRecipient.err().contains("Not a recipient of \u201CMTM country profiles 2025\u201D: XXX, YYY"), notRecipient.err());
        CommandRun noRound = run("--round", "nope", "--out", out.toString());
        assertEquals(1, noRound.code());
        assertTrue(noRound.err().contains("No questionnaire round called nope"), noRound.err());
        assertFalse(Files.exists(out));
    }
}
