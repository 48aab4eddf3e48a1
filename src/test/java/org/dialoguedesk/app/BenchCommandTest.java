package org.dialoguedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The bench command's output format (timings themselves are never asserted in tests). */
class BenchCommandTest {

    @Test
    void printsOneLinePerScenarioWithMedianMaxAndHeap() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"bench", "--runs", "3", "--contacts", "40", "roster-search", "startup"},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        String[] lines = out.toString().strip().split("\\R");
        assertEquals(2, lines.length, out.toString());
        assertTrue(lines[0].matches("roster-search median=\\d+\\.\\dms max=\\d+\\.\\dms heap=\\d+MB"), lines[0]);
        assertTrue(lines[1].matches("startup median=\\d+\\.\\dms max=\\d+\\.\\dms heap=\\d+MB"), lines[1]);
    }

    @Test
    void questionnaireFormsScenarioWritesTheFormsOfA70CountryRound() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"bench", "--runs", "1", "questionnaire-forms"},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().strip().matches("questionnaire-forms median=\\d+\\.\\dms max=\\d+\\.\\dms heap=\\d+MB"),
                out.toString());
    }

    @Test
    void unknownScenarioIsRefusedNamingTheKnownOnes() {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"bench", "nope"}, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        assertEquals(1, code);
        assertTrue(err.toString().contains("roster-search, startup, questionnaire-forms"), err.toString());
    }

    @Test
    void profileScenariosPrintEachTimingWithItsTargetAndSayWhyLibreOfficeWasSkipped() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"bench", "--runs", "1", "--profiles", "1", "--soffice",
                "/nonexistent/soffice", "profile-render", "profile-batch"},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        String[] lines = out.toString().strip().split("\\R");
        assertEquals(4, lines.length, out.toString());
        String timing = "median=\\d+\\.\\dms max=\\d+\\.\\dms heap=\\d+MB target<500ms (ok|MISSED)";
        assertTrue(lines[0].matches("profile-render pdf " + timing), lines[0]);
        assertTrue(lines[1].matches("profile-render docx " + timing), lines[1]);
        assertEquals("profile-render libreoffice skipped: /nonexistent/soffice is not on the PATH", lines[2]);
        assertTrue(lines[3].matches("profile-batch total=\\d+\\.\\dms files=6 per-file=\\d+ms not-written=0 \\(profiles=1, each a copy of "
                + "mtm-country-MAR, x 3 languages x pdf\\+docx, one run\\) target<30000ms (ok|MISSED) "
                + "peak-heap=\\d+MB target<512MB (ok|MISSED) \\(max heap \\d+MB\\)"), lines[3]);
    }

    @Test
    void bundleScenariosExportASmallGeneratedDeskAndImportAllOfItIntoAFreshOne() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"bench", "--bundle-runs", "1", "--contacts", "150", "--meetings", "3",
                "--rounds", "1", "--bundle-profiles", "1", "bundle-export", "bundle-import"},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        String[] lines = out.toString().strip().split("\\R");
        assertEquals(2, lines.length, out.toString());
        String timing = " median=\\d+\\.\\dms max=\\d+\\.\\dms target<10000ms (ok|MISSED) peak-heap=\\d+MB target<512MB (ok|MISSED) "
                + "\\(runs=1 after a warm-up; ";
        Matcher export = Pattern.compile("bundle-export" + timing
                + "encrypted bundle=\\d+\\.\\dMB; records: (.+); generated: contacts=150 meetings=3\\(x4 sessions, "
                + "x12 participants\\) rounds=1\\(x70 countries answered\\) profiles=1\\(x3 languages\\) \\(took .+\\)\\) "
                + "\\(max heap \\d+MB\\)").matcher(lines[0]);
        assertTrue(export.matches(), lines[0]);
        Matcher imported = Pattern.compile("bundle-import" + timing
                + "each into a fresh empty desk; the last holds: (.+)\\) \\(max heap \\d+MB\\)").matcher(lines[1]);
        assertTrue(imported.matches(), lines[1]);
        String records = export.group(3);
        assertTrue(records.contains("contacts=") && records.contains("meetings=") && records.contains("profiles=")
                && records.contains("questionnaire-rounds="), records);
        assertEquals(records, imported.group(3), "the fresh desk holds every record of the bundle");
    }
}
