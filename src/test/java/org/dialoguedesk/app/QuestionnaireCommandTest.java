package org.dialoguedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The questionnaire commands on a desk with the sample template, through Main.run. */
class QuestionnaireCommandTest {

    @TempDir
    Path dir;

    private CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void aNewDeskListsTheSampleTemplate() {
        CommandRun r = run("--db", dir.resolve("desk.db").toString(), "questionnaire", "templates");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\\R");
        assertEquals("id,key,title,versions,latest,status,questions", lines[0]);
        assertEquals(2, lines.length);
        assertTrue(lines[1].contains(",imap_irregular_mixed_migration,"), lines[1]);
        assertTrue(lines[1].endsWith(",1,1,FROZEN,52"), "frozen by the sample round: " + lines[1]);
        CommandRun json = run("--db", dir.resolve("desk.db").toString(), "questionnaire", "templates", "--format", "json");
        assertTrue(json.out().contains("\"status\" : \"FROZEN\""), json.out());
    }

    @Test
    void exportThenImportAddsAVersionAndDryRunSavesNothing() {
        String db = dir.resolve("desk.db").toString();
        Path file = dir.resolve("irregular.xlsx");
        CommandRun export = run("--db", db, "questionnaire", "xlsform-export", "--template", "imap_irregular_mixed_migration",
                "--out", file.toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(Files.exists(file));
        assertTrue(export.out().startsWith("Wrote version 1 of"), export.out());

        CommandRun dry = run("--db", db, "questionnaire", "xlsform-import", file.toString(), "--dry-run");
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.out().contains("7 sections, 52 questions. Nothing saved (--dry-run)."), dry.out());
        assertTrue(dry.out().contains("irregular.xlsx, sheet settings, cell "), dry.out());
        assertTrue(run("--db", db, "questionnaire", "templates").out().contains(",1,1,FROZEN,52"));

        CommandRun imported = run("--db", db, "questionnaire", "xlsform-import", file.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("imported as version 2"), imported.out());
        assertTrue(run("--db", db, "questionnaire", "templates").out().contains(",2,2,DRAFT,52"));
        CommandRun first = run("--db", db, "questionnaire", "xlsform-export", "--template",
                "Country profile questionnaire: irregular and mixed migration", "--version", "1", "--out",
                dir.resolve("v1.xlsx").toString());
        assertEquals(0, first.code(), first.err());
    }

    @Test
    void aBadFileFailsWithOneLineAndChangesNothing() throws Exception {
        String db = dir.resolve("desk.db").toString();
        Path file = dir.resolve("answers.xlsx");
        Files.writeString(file, "not a workbook");
        CommandRun r = run("--db", db, "questionnaire", "xlsform-import", file.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("error: answers.xlsx is not an Excel workbook"), r.err());
        assertEquals(1, r.err().strip().lines().count());
        assertTrue(run("--db", db, "questionnaire", "templates").out().contains(",1,1,FROZEN,52"));
        CommandRun unknown = run("--db", db, "questionnaire", "xlsform-export", "--template", "nope", "--out",
                dir.resolve("x.xlsx").toString());
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().startsWith("error: No questionnaire template called nope. Known: "
                + "imap_irregular_mixed_migration"), unknown.err());
    }
}
