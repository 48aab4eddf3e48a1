package org.dialoguedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.table.Table;
import org.dialoguedesk.questionnaire.Answer;
import org.dialoguedesk.questionnaire.AnswerCell;
import org.dialoguedesk.questionnaire.RecipientStatus;
import org.dialoguedesk.questionnaire.ReviewState;
import org.dialoguedesk.questionnaire.Round;
import org.dialoguedesk.questionnaire.TemplateVersion;
import org.apache.poi.ss.util.CellReference;
import org.dialoguedesk.render.form.FormFiller;
import org.dialoguedesk.render.sheet.XlsxTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A round run end to end on the command line, on the sample data: forms generated, filled in with POI
 * as focal points would (one with a wrong cell), imported, re-imported with a change, reviewed and
 * exported.
 */
class QuestionnaireRoundEndToEndTest {

    private static final String ROUND = "MTM country profiles 2025";
    private static final String TEMPLATE = "imap_irregular_mixed_migration";

    @TempDir
    Path dir;

    private String db;
    private TemplateVersion version;
    private Path forms;

    @BeforeEach
    void generateForms() {
        try (Desk desk = TestDesks.withSampleData(dir)) {
            version = desk.answers().version(desk.rounds().findRound(ROUND).orElseThrow().id());
        }
        db = dir.resolve("desk.db").toString();
        forms = dir.resolve("forms");
        CommandRun r = run("forms", "--round", ROUND, "--country", "SEN,NGA,DZA", "--out", forms.toString());
        assertEquals(0, r.code(), r.err());
    }

    private CommandRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db, "questionnaire"));
        all.addAll(List.of(args));
        return CommandRun.of(all.toArray(String[]::new));
    }

    private Path form(String country) throws Exception {
        try (var files = Files.list(forms)) {
            return files.filter(f -> f.getFileName().toString().contains("-" + country + "-")).findFirst()
                    .orElseThrow();
        }
    }

    private static Lang langOf(Path form) {
        String name = form.getFileName().toString();
        return Lang.fromCode(name.substring(name.length() - 7, name.length() - 5)).orElseThrow();
    }

    private RecipientStatus status(String country) {
        try (Desk desk = TestDesks.withSampleData(dir)) {
            Round round = desk.rounds().findRound(ROUND).orElseThrow();
            return desk.rounds().recipients(round.id()).stream().filter(r -> r.countryCode().equals(country))
                    .findFirst().orElseThrow().status();
        }
    }

    private Map<String, List<Answer>> answers() {
        try (Desk desk = TestDesks.withSampleData(dir)) {
            return desk.answers().answersByCountry(desk.rounds().findRound(ROUND).orElseThrow().id());
        }
    }

    @Test
    void aRoundRunsFromFormsToExport() throws Exception {
        Path sen = form("SEN");
        Path nga = form("NGA");
        Path dza = form("DZA");
        try (FormFiller f = FormFiller.open(sen)) {
            f.fillAll(version, langOf(sen)).set(AnswerCell.noteKey("q_detect_01"),
                    "Counts persons, not events").save();
        }
        String wrong;
        try (FormFiller f = FormFiller.open(nga)) {
            f.fillAll(version, langOf(nga)).set("q_detect_01:land:y2020", "about 1200").save();
            wrong = f.cell("q_detect_01:land:y2020").address();
        }
        try (FormFiller f = FormFiller.open(dza)) {
            f.set("q_bg_02", 2016).set("q_bg_03", "نعم").save(); // a start: most required answers missing
        }

        CommandRun dry = run("import", "--dry-run", sen.toString(), nga.toString(), dza.toString());
        assertEquals(1, dry.code(), dry.out());
        assertTrue(dry.out().contains(wrong + ": \u201Cabout 1200\u201D is not a number"), dry.out());
        assertTrue(dry.out().contains("2 of 3 files would import. Nothing was changed"), dry.out());
        assertEquals(RecipientStatus.REMINDED, status("SEN"));
        assertTrue(answers().get("SEN").isEmpty());

        CommandRun imported = run("import", sen.toString(), nga.toString(), dza.toString());
        assertEquals(1, imported.code(), imported.out());
        assertTrue(imported.out().contains("NGA " + nga.getFileName() + ": refused, nothing changed (1 problem)"),
                imported.out());
        assertTrue(imported.out().contains("required question q_bg_01 is not answered"), imported.out());
        assertEquals(RecipientStatus.UNDER_REVIEW, status("SEN"));
        assertEquals(RecipientStatus.UNDER_REVIEW, status("DZA"));
        assertEquals(RecipientStatus.SENT, status("NGA"));
        assertTrue(answers().get("NGA").isEmpty());
        assertEquals(version.questions().size(), answers().get("SEN").size());
        assertEquals("Counts persons, not events", answers().get("SEN").stream()
                .filter(a -> a.questionCode().equals("q_detect_01")).findFirst().orElseThrow().note());

        try (FormFiller f = FormFiller.open(nga)) {
            f.set("q_detect_01:land:y2020", 1200).save();
        }
        assertEquals(0, run("import", nga.toString()).code());
        assertEquals(RecipientStatus.UNDER_REVIEW, status("NGA"));

        // a second copy from Senegal with one figure changed: shown, not stored, until --replace
        try (FormFiller f = FormFiller.open(sen)) {
            f.set("q_detect_01:sea:y2021", 4321).save();
        }
        CommandRun second = run("import", sen.toString());
        assertEquals(1, second.code(), second.out());
        assertTrue(second.out().contains("q_detect_01:sea:y2021: \u201C202\u201D \u2192 \u201C4321\u201D"),
                second.out());
        assertEquals("202", value("SEN", "q_detect_01", "q_detect_01:sea:y2021"));
        assertEquals(0, run("import", "--replace", sen.toString()).code());
        assertEquals("4321", value("SEN", "q_detect_01", "q_detect_01:sea:y2021"));
        assertEquals(0, run("import", sen.toString()).code(), "the same file again changes nothing");

        // review: a flag blocks accepting the country; accepting the rest and the flagged answer unblocks it
        assertEquals(0, run("review", "--round", ROUND, "--country", "SEN", "--flag", "q_bg_06", "--comment",
                "Twice last year's figure: please confirm").code());
        CommandRun blocked = run("review", "--round", ROUND, "--country", "SEN", "--accept-country");
        assertEquals(1, blocked.code());
        assertTrue(blocked.lastErrLine().contains("1 answers are flagged"), blocked.err());
        assertEquals(0, run("review", "--round", ROUND, "--country", "SEN", "--accept-pending").code());
        assertEquals(0, run("review", "--round", ROUND, "--country", "SEN", "--accept", "q_bg_06",
                "--accept-country").code());
        assertEquals(RecipientStatus.ACCEPTED, status("SEN"));
        assertTrue(answers().get("SEN").stream().allMatch(a -> a.review() == ReviewState.ACCEPTED));

        Path wide = dir.resolve("answers.csv");
        CommandRun export = run("answers", "--round", ROUND, "--format", "csv", "--layout", "wide", "--lang", "en",
                "--out", wide.toString());
        assertEquals(0, export.code(), export.err());
        String csv = Files.readString(wide);
        assertTrue(csv.contains("Detections of irregular"), csv.lines().findFirst().orElse(""));
        assertTrue(csv.lines().anyMatch(l -> l.startsWith("SEN,Senegal,Accepted,")), csv);

        Path longXlsx = dir.resolve("answers.xlsx");
        assertEquals(0, run("answers", "--round", ROUND, "--format", "xlsx", "--layout", "long", "--lang", "ar",
                "--out", longXlsx.toString()).code());
        Table table = XlsxTables.read(longXlsx);
        int key = table.header().indexOf("key");
        int value = table.header().indexOf("value");
        int country = table.header().indexOf("country");
        List<String> seaRow = table.rows().stream().filter(r -> r.get(country).equals("SEN")
                && r.get(key).equals("q_detect_01:sea:y2021")).findFirst().orElseThrow();
        assertEquals("4321", seaRow.get(value));
        assertTrue(table.rows().stream().anyMatch(r -> r.get(country).equals("DZA") && r.get(value).equals("نعم")));
        assertFalse(table.rows().stream().anyMatch(r -> r.get(country).equals("EGY")));

        // next year's form for Senegal comes pre-filled with its accepted answers, and returns them unchanged
        assertEquals(0, run("round-create", "--dialogue", "MTM", "--template", TEMPLATE, "--title", "MTM 2026",
                "--deadline", "2099-03-31").code());
        Path next = dir.resolve("next");
        assertEquals(0, run("forms", "--round", "MTM 2026", "--country", "SEN", "--out", next.toString()).code());
        Path senNext;
        try (var files = Files.list(next)) {
            senNext = files.findFirst().orElseThrow();
        }
        try (FormFiller f = FormFiller.open(senNext)) {
            AnswerCell sea = f.cell("q_detect_01:sea:y2021");
            assertEquals(4321, f.workbook().getSheet(sea.sheet()).getRow(new CellReference(sea.cell()).getRow())
                    .getCell(new CellReference(sea.cell()).getCol()).getNumericCellValue());
            AnswerCell note = f.cell(AnswerCell.noteKey("q_detect_01"));
            assertEquals("Counts persons, not events", f.workbook().getSheet(note.sheet())
                    .getRow(new CellReference(note.cell()).getRow()).getCell(new CellReference(note.cell()).getCol())
                    .getStringCellValue());
        }
        assertEquals(0, run("import", senNext.toString()).code());
        try (Desk desk = TestDesks.withSampleData(dir)) {
            Round round2026 = desk.rounds().findRound("MTM 2026").orElseThrow();
            Map<String, String> carried = desk.answers().answers(round2026.id(), "SEN").stream()
                    .filter(a -> a.questionCode().equals("q_detect_01")).findFirst().orElseThrow().values();
            assertEquals("4321", carried.get("q_detect_01:sea:y2021"));
        }
    }

    private String value(String country, String question, String key) {
        return answers().get(country).stream().filter(a -> a.questionCode().equals(question)).findFirst()
                .orElseThrow().values().get(key);
    }
}
