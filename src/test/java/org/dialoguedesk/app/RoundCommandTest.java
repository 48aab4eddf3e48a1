package org.dialoguedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dialoguedesk.TestDesks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The round commands on a desk with the sample round, through Main.run, which runs on the real clock. */
class RoundCommandTest {

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void createDesk() {
        // created with the test clock, so the sample round is dated as in sample-data
        TestDesks.withSampleData(dir).close();
        db = dir.resolve("desk.db").toString();
    }

    private CommandRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db, "questionnaire"));
        all.addAll(List.of(args));
        return CommandRun.of(all.toArray(String[]::new));
    }

    @Test
    void roundsListsTheSampleRoundWithCountsByStatus() {
        CommandRun r = run("rounds");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().strip().lines().toList();
        assertEquals("id,title,dialogue,template,version,deadline,recipients,not_sent,sent,reminded,answer_partial,"
                + "answer_complete,under_review,accepted", lines.get(0));
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).endsWith(",MTM country profiles 2025,MTM,imap_irregular_mixed_migration,1,"
                + "2025-03-31,46,36,2,2,2,1,1,2"), lines.get(1));
        CommandRun json = run("rounds", "--format", "json");
        assertTrue(json.out().contains("\"under_review\" : \"1\""), json.out());
    }

    @Test
    void roundStatusShowsEachCountryWithItsFocalPointAndWhetherItIsOverdue() {
        CommandRun r = run("round-status", "--round", "mtm country PROFILES 2025");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().strip().lines().toList();
        assertEquals("country,country_name,focal_point,status,date,overdue,answered,required_answered,accepted,flagged",
                lines.get(0));
        assertEquals(47, lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("MAR,Morocco,Karim Lahlou,ACCEPTED,2025-03-28,false,")),
                r.out());
        assertTrue(lines.contains("EGY,Egypt,Amr Fathy Soliman,REMINDED,2025-03-03,true,0,0/15,0,0"), r.out());
        assertTrue(lines.contains("SYR,Syria,,NOT_SENT,2025-01-15,true,0,0/15,0,0"), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("TUN,Tunisia,Sonia Mejri,ANSWER_PARTIAL,2025-03-27,false,")),
                r.out());
    }

    @Test
    void roundCreateThenStatusChangesAreRecordedAndBadOnesRefusedInOneLine() {
        CommandRun created = run("round-create", "--dialogue", "mtm", "--template", "imap_irregular_mixed_migration",
                "--title", "MTM country profiles 2027", "--deadline", "2027-03-31");
        assertEquals(0, created.code(), created.err());
        assertTrue(created.out().startsWith("Opened round \u201CMTM country profiles 2027\u201D ("), created.out());
        assertTrue(created.out().contains(") with 46 recipients; version 1 of the template is now frozen."),
                created.out());
        assertTrue(created.out().contains("No national focal point in the roster for: BEL, BGR,"), created.out());

        String today = java.time.LocalDate.now().toString();
        CommandRun sent = run("status", "--round", "MTM country profiles 2027", "--country", "mar", "--to", "SENT",
                "--note", "by email");
        assertEquals(0, sent.code(), sent.err());
        assertEquals("MAR in \u201CMTM country profiles 2027\u201D: Sent on " + today + ".", sent.out().strip());
        assertTrue(run("round-status", "--round", "MTM country profiles 2027").out()
                .contains("MAR,Morocco,Karim Lahlou,SENT," + today + ",false"));

        assertRefused(run("status", "--round", "MTM country profiles 2027", "--country", "MAR", "--to", "ACCEPTED"),
                "error: status: A questionnaire cannot go from SENT to ACCEPTED. From SENT it can go to: "
                        + "REMINDED, ANSWER_PARTIAL, ANSWER_COMPLETE.");
        assertRefused(run("status", "--round", "MTM 1999", "--country", "MAR", "--to", "SENT"),
                "error: No questionnaire round called MTM 1999. Known: ");
        assertRefused(run("status", "--round", "MTM country profiles 2027", "--country", "BRA", "--to", "SENT"),
                "error: country: BRA is not a recipient of this round.");
        assertRefused(run("status", "--round", "MTM country profiles 2027", "--country", "TUN", "--to", "SENT",
                "--date", "2026-11-01"), "error: date: The date 2026-11-01 is before the round was opened");
        assertRefused(run("round-create", "--dialogue", "MTM", "--template", "imap_irregular_mixed_migration",
                "--title", "MTM COUNTRY profiles 2027", "--deadline", "2027-03-31"),
                "error: title: There is already a round called");
        assertRefused(run("round-create", "--dialogue", "NOPE", "--template", "imap_irregular_mixed_migration",
                "--title", "x", "--deadline", "2027-03-31"), "error: No dialogue called NOPE. Known: ");
        assertEquals(3, run("rounds").out().strip().lines().count());
    }

    private static void assertRefused(CommandRun r, String start) {
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith(start), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
