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
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.dialoguedesk.TestDesks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code questionnaire print} on the sample round and template, through Main.run. */
class PrintCommandTest {

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void createDesk() {
        TestDesks.withSampleData(dir).close();
        db = dir.resolve("desk.db").toString();
    }

    private CommandRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db, "questionnaire", "print"));
        all.addAll(List.of(args));
        return CommandRun.of(all.toArray(String[]::new));
    }

    private static String text(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    @Test
    void writesOnePrintableQuestionnairePerChosenRecipientInItsFormLanguage() throws Exception {
        Path out = dir.resolve("print");
        CommandRun r = run("--round", "mtm country profiles 2025", "--out", out.toString(), "--country", "mar,SEN");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().strip().lines().toList();
        assertEquals(3, lines.size(), r.out());
        assertTrue(lines.get(2).startsWith(
                "Wrote 2 printable questionnaires of \u201CMTM country profiles 2025\u201D to "), r.out());
        assertTrue(r.out().contains("MAR: \u0643\u0631\u064A\u0645 \u0644\u062D\u0644\u0648 (ar), "), r.out());
        List<String> names;
        try (Stream<Path> files = Files.list(out)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("mtm-country-profiles-2025-MAR-ar.docx", "mtm-country-profiles-2025-SEN-fr.docx"), names);
        String arabic = text(out.resolve(names.get(0)));
        assertTrue(arabic.contains("\u0643\u0631\u064A\u0645 \u0644\u062D\u0644\u0648"), "focal point on the cover");
        assertTrue(arabic.contains("الاستبيان: MTM country profiles 2025"));
        assertTrue(arabic.contains("q_detect_01"));
        String french = text(out.resolve(names.get(1))); // the focal point lists French first
        assertTrue(french.contains("Sénégal (SEN)"), french.substring(0, 400));
        assertTrue(french.contains("Contexte général"));
    }

    @Test
    void writesABlankQuestionnaireOfATemplateInTheChosenLanguage() throws Exception {
        Path file = dir.resolve("blank-fr.docx");
        CommandRun r = run("--template", "imap_irregular_mixed_migration", "--lang", "fr", "--out", file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Wrote the blank questionnaire \u201CCountry profile questionnaire: irregular "
                + "and mixed migration\u201D, version 1 (fr), to "), r.out());
        String text = text(file);
        assertTrue(text.contains("Questionnaire du profil de pays"), text.substring(0, 300));
        assertTrue(text.contains("Contexte général"));
        assertTrue(text.contains("Exemplaire vierge, pour tout pays"));

        Path folder = Files.createDirectories(dir.resolve("folder"));
        CommandRun intoFolder = run("--template", "imap_irregular_mixed_migration", "--version", "1", "--lang", "AR",
                "--out", folder.toString());
        assertEquals(0, intoFolder.code(), intoFolder.err());
        assertTrue(Files.exists(folder.resolve("imap-irregular-mixed-migration-v1-ar.docx")));
    }

    @Test
    void badInputIsRefusedInOneLineAndWritesNothing() {
        Path out = dir.resolve("none");
        CommandRun notRecipient = run("--round", "MTM country profiles 2025", "--out", out.toString(), "--country", "XXX");
        assertEquals(1, notRecipient.code());
        assertEquals(1, notRecipient.err().strip().lines().count(), notRecipient.err());
        assertTrue(notRecipient.err().contains("Not a recipient of \u201CMTM country profiles 2025\u201D: XXX"));
        CommandRun noTemplate = run("--template", "nope", "--lang", "en", "--out", out.resolve("x.docx").toString());
        assertEquals(1, noTemplate.code());
        assertTrue(noTemplate.lastErrLine().startsWith("error: No questionnaire template called nope"),
                noTemplate.err());
        CommandRun noVersion = run("--template", "imap_irregular_mixed_migration", "--version", "9", "--lang", "en",
                "--out", out.resolve("x.docx").toString());
        assertEquals(1, noVersion.code());
        assertFalse(Files.exists(out));
    }

    @Test
    void commandLineThatMixesOrLacksTheTwoFormsIsNotUnderstood() {
        Path out = dir.resolve("none");
        assertEquals(2, run("--round", "MTM country profiles 2025", "--template", "imap_irregular_mixed_migration",
                "--lang", "en", "--out", out.toString()).code());
        assertEquals(2, run("--out", out.toString()).code());
        assertEquals(2, run("--template", "imap_irregular_mixed_migration", "--out", out.toString()).code(),
                "a blank questionnaire needs its language");
        CommandRun badLang = run("--template", "imap_irregular_mixed_migration", "--lang", "de", "--out",
                out.toString());
        assertEquals(2, badLang.code());
        assertTrue(badLang.err().contains("'de' is not a language: use en, fr or ar"), badLang.err());
        assertEquals(2, run("--round", "MTM country profiles 2025", "--lang", "en", "--out", out.toString()).code(),
                "--lang belongs to a blank questionnaire");
        assertFalse(Files.exists(out));
    }
}
