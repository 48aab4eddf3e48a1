package org.dialoguedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Settings;
import org.dialoguedesk.questionnaire.Answer;
import org.dialoguedesk.questionnaire.Recipient;
import org.dialoguedesk.questionnaire.TemplateVersion;
import org.dialoguedesk.render.form.BadFiles;
import org.dialoguedesk.render.form.FormFiller;
import org.dialoguedesk.render.form.SampleForms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code questionnaire import} on bad files: a line per file saying why, in the officer's language; nothing changed. */
class FormImportCommandTest {

    private static final String ROUND = "MTM country profiles 2025";

    @TempDir
    Path dir;

    private String db;
    private Path genuine;
    private TemplateVersion version;

    @BeforeEach
    void writeAForm() throws IOException {
        try (Desk desk = TestDesks.withSampleData(dir)) {
            UUID round = desk.rounds().findRound(ROUND).orElseThrow().id();
            version = desk.answers().version(round);
            genuine = SampleForms.write(desk, round, "SEN", dir.resolve("sen.xlsx"));
        }
        db = dir.resolve("desk.db").toString();
    }

    private CommandRun importing(Path... files) {
        List<String> args = new ArrayList<>(List.of("--db", db, "questionnaire", "import"));
        for (Path f : files) {
            args.add(f.toString());
        }
        return CommandRun.of(args.toArray(String[]::new));
    }

    private record Snapshot(Map<String, List<Answer>> answers, List<Recipient> recipients) {
    }

    private Snapshot snapshot() {
        try (Desk desk = TestDesks.withSampleData(dir)) {
            UUID round = desk.rounds().findRound(ROUND).orElseThrow().id();
            return new Snapshot(desk.answers().answersByCountry(round), desk.rounds().recipients(round));
        }
    }

    @Test
    void eachBadFileGetsItsLineNamingItAndNothingChanges() throws IOException {
        Path empty = BadFiles.empty(genuine, dir.resolve("empty.xlsx"));
        Path locked = BadFiles.encrypted(genuine, dir.resolve("locked.xlsx"));
        Path wrong = Files.copy(genuine, dir.resolve("wrong.xlsx"));
        try (FormFiller f = FormFiller.open(wrong)) {
            f.fillAll(version, Lang.EN).set("q_bg_06", "about 1200").save();
        }
        Snapshot before = snapshot();

        CommandRun run = importing(empty, locked, wrong);
        assertEquals(1, run.code(), run.out());
        List<String> lines = run.out().lines().toList();
        assertEquals(List.of(
                "empty.xlsx: refused, nothing changed (1 problem):",
                "  empty.xlsx is empty.",
                "locked.xlsx: refused, nothing changed (1 problem):",
                "  locked.xlsx is protected by a password; save it without one and import it again.",
                "SEN wrong.xlsx: refused, nothing changed (1 problem):",
                "  1 Contexte général!C22: \u201Cabout 1200\u201D is not a whole number",
                "0 of 3 files imported or already up to date."), lines);
        assertEquals(before, snapshot());
    }

    @Test
    void theLinesAreInTheOfficersLanguage() throws IOException {
        try (Desk desk = TestDesks.withSampleData(dir)) {
            desk.settings().put(Settings.UI_LANGUAGE, "fr");
        }
        Path empty = BadFiles.empty(genuine, dir.resolve("vide.xlsx"));
        Path moved = Files.copy(genuine, dir.resolve("lignes.xlsx"));
        try (FormFiller f = FormFiller.open(moved)) {
            f.fillAll(version, Lang.FR);
            var sheet = f.workbook().getSheet("1 Contexte général");
            sheet.shiftRows(5, sheet.getLastRowNum(), 1);
            f.save();
        }
        CommandRun run = importing(empty, moved);
        assertEquals(1, run.code(), run.out());
        List<String> lines = run.out().lines().toList();
        assertEquals(List.of("vide.xlsx: refusé, rien n'a été modifié (1 problème) :", "  vide.xlsx est vide."),
                lines.subList(0, 2));
        assertTrue(lines.contains("  1 Contexte général!C7: des lignes ont été déplacées : la question q_bg_02 "
                + "était attendue sur cette ligne, on y trouve « - »."), run.out());
    }
}
