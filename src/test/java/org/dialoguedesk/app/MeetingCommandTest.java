package org.dialoguedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.common.DeskException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code meeting list} on the sample meeting, through Main.run. */
class MeetingCommandTest {

    @TempDir
    Path dir;

    @Test
    void listsTheSampleMeetingAsCsvAndJson() {
        TestDesks.withSampleData(dir).close();
        String db = dir.resolve("desk.db").toString();
        CommandRun csv = CommandRun.of("--db", db, "meeting", "list");
        assertEquals(0, csv.code(), csv.err());
        List<String> lines = csv.out().strip().lines().toList();
        assertEquals("id,title,dialogue,type,host,city,start,end,co_chairs,status,participants,attended,sample",
                lines.get(0));
        assertEquals(2, lines.size(), csv.out());
        assertTrue(lines.get(1).endsWith(",\"Cooperation between Countries of Origin, Transit and Destination on "
                + "Border Management\",RABAT,THEMATIC,ESP,Madrid,2019-07-10,2019-07-11,ESP;MAR,HELD,85,80,true"),
                lines.get(1));
        CommandRun json = CommandRun.of("--db", db, "meeting", "list", "--format", "json");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"attended\" : \"80\""), json.out());
        try (Desk desk = TestDesks.withSampleData(dir)) {
            DeskException e = assertThrows(DeskException.class, () -> CommandNames.meeting(desk, "Madrid 2030"));
            assertTrue(e.getMessage().startsWith("There is no meeting called \u201CMadrid 2030\u201D. The meetings are: "
                    + "Cooperation between"), e.getMessage());
        }
    }
}
