package org.dialoguedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterMembersCommandTest {

    @TempDir
    Path dir;

    private CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void membersAsOf2008AreTheFoundersPlusThe2004To2007Joiners() {
        String db = dir.resolve("desk.db").toString();
        CommandRun r = run("--db", db, "roster", "members", "--dialogue", "MTM", "--as-of", "2008-06-30",
                "--role", "PARTNER_STATE");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\\R");
        assertEquals("member,kind,code,role,from,to", lines[0]);
        assertEquals(38, lines.length - 1);
        assertTrue(r.out().contains("Croatia,country,HRV,PARTNER_STATE,2006-01-01,"));
        assertTrue(!r.out().contains("Kenya"));
    }

    @Test
    void firstCommandOnAMissingFileCreatesItWithTheSampleData() {
        Path db = dir.resolve("new/desk.db");
        CommandRun r = run("--db", db.toString(), "roster", "members", "--dialogue", "rabat", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(db));
        assertTrue(r.out().strip().startsWith("["));
        assertTrue(r.out().contains("\"code\" : \"SEN\""), r.out());
    }

    @Test
    void emptyOptionSkipsTheSampleData() {
        CommandRun r = run("--db", dir.resolve("empty.db").toString(), "--empty", "roster", "members", "--dialogue", "MTM");
        assertEquals(1, r.code());
        assertTrue(r.err().strip().startsWith("error: No dialogue called MTM"), r.err());
    }

    @Test
    void unknownDialogueFailsWithOneLineNamingTheKnownOnes() {
        CommandRun r = run("--db", dir.resolve("desk.db").toString(), "roster", "members", "--dialogue", "XYZ");
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("MTM"), r.err());
    }

    @Test
    void badDateIsAUsageError() {
        CommandRun r = run("--db", dir.resolve("desk.db").toString(), "roster", "members", "--dialogue", "MTM",
                "--as-of", "2008-13-45");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--as-of"), r.err());
    }
}
