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

    @Test
    void statsAndIcsOfTheSampleMeeting() throws java.io.IOException {
        TestDesks.withSampleData(dir).close();
        String db = dir.resolve("desk.db").toString();
        String title = "Cooperation between Countries of Origin, Transit and Destination on Border Management";
        CommandRun csv = CommandRun.of("--db", db, "meeting", "stats", "--meeting", title);
        assertEquals(0, csv.code(), csv.err());
        List<String> lines = csv.out().strip().lines().toList();
        assertEquals(List.of("group,key,count", "total,participants,80", "total,partner_countries,33",
                "region,EUROPEAN,13", "region,AFRICAN,20", "region,OTHER,0"), lines.subList(0, 6));
        assertTrue(lines.containsAll(List.of("country,LBN,1", "organisation,ICMPD,12", "organisation,EC,5",
                "gender,MALE,48", "gender,FEMALE,28", "gender,UNDISCLOSED,4")), csv.out());
        CommandRun json = CommandRun.of("--db", db, "meeting", "stats", "--meeting", title, "--format", "json");
        assertTrue(json.out().replaceAll("\\s+", " ").contains("\"key\" : \"partner_countries\", \"count\" : \"33\""),
                json.out());

        Path ics = dir.resolve("meeting.ics");
        CommandRun run = CommandRun.of("--db", db, "meeting", "ics", "--meeting", title, "--out", ics.toString());
        assertEquals(0, run.code(), run.err());
        String text = java.nio.file.Files.readString(ics);
        assertEquals(14, text.split("BEGIN:VEVENT", -1).length - 1, "the meeting and its 13 sessions");
        assertTrue(text.contains("DTSTART;VALUE=DATE:20190710\r\nDTEND;VALUE=DATE:20190712\r\n"), text);
        assertTrue(text.contains("DTSTART:20190710T073000Z"), "09:30 in Madrid: " + text);
        assertTrue(text.contains("UID:meeting-"), text);
        CommandRun again = CommandRun.of("--db", db, "meeting", "ics", "--meeting", title, "--out", ics.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals(text.lines().filter(l -> l.startsWith("UID:")).toList(), java.nio.file.Files.readString(ics)
                .lines().filter(l -> l.startsWith("UID:")).toList(), "stable UIDs");
    }

    @Test
    void anUnknownTimeZoneIsRefusedAndNoCalendarIsWritten() {
        TestDesks.withSampleData(dir).close();
        Path ics = dir.resolve("refused.ics");
        CommandRun run = CommandRun.of("--db", dir.resolve("desk.db").toString(), "meeting", "ics", "--meeting",
                "Cooperation between Countries of Origin, Transit and Destination on Border Management",
                "--zone", "Mars/Olympus", "--out", ics.toString());
        assertEquals(2, run.code(), run.out());
        assertTrue(run.err().contains("Invalid value for option '--zone'") && run.err().contains("Mars/Olympus"),
                run.err());
        assertTrue(java.nio.file.Files.notExists(ics));
    }

    @Test
    void newsIsPrintedInEnglishOrWrittenInFrenchAndOnlyThoseAreDrafted() throws java.io.IOException {
        TestDesks.withSampleData(dir).close();
        String db = dir.resolve("desk.db").toString();
        String title = "Cooperation between Countries of Origin, Transit and Destination on Border Management";
        CommandRun en = CommandRun.of("--db", db, "meeting", "news", "--meeting", title);
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().startsWith("Euro-African Dialogue on Migration and Development: meeting on \u201C" + title + "\u201D held in Madrid\n\n"),
                en.out());
        assertTrue(en.out().contains("gathered 80 participants representing 33 partner countries of the Dialogue (of "
                + "which 13 were European and 20 were African countries)."), en.out());

        Path news = dir.resolve("news/fr.txt");
        CommandRun fr = CommandRun.of("--db", db, "meeting", "news", "--meeting", title, "--lang", "fr", "--out",
                news.toString());
        assertEquals(0, fr.code(), fr.err());
        assertEquals("News item written to " + news, fr.out().strip());
        String text = java.nio.file.Files.readString(news);
        assertTrue(text.contains("a rassemblé 80 participants représentant 33 pays partenaires du Dialogue (dont 13 "
                + "pays européens et 20 pays africains)."), text);

        for (String lang : List.of("ar", "de")) {
            Path refused = dir.resolve("news-" + lang + ".txt");
            CommandRun run = CommandRun.of("--db", db, "meeting", "news", "--meeting", title, "--lang", lang, "--out",
                    refused.toString());
            assertEquals(2, run.code(), run.out());
            assertTrue(run.err().contains("News items are drafted in en and fr only, not in " + lang), run.err());
            assertTrue(java.nio.file.Files.notExists(refused));
        }
    }
}
