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

    /** A Rabat Process workshop in March 2025 with nobody invited yet, beside the sample meeting. */
    private String workshop() {
        try (Desk desk = TestDesks.withSampleData(dir)) {
            desk.meetings().createMeeting(new org.dialoguedesk.meeting.Meeting(null, desk.roster().dialogueByKey("RABAT")
                    .orElseThrow().meta().id(), org.dialoguedesk.meeting.MeetingType.WORKSHOP,
                    org.dialoguedesk.common.Localized.of("Rabat workshop 2025"), "", "MAR",
                    org.dialoguedesk.common.Localized.of("Rabat"), null, java.time.LocalDate.of(2025, 3, 10),
                    java.time.LocalDate.of(2025, 3, 11), List.of("ESP", "MAR"),
                    java.util.Set.of(org.dialoguedesk.common.Lang.EN, org.dialoguedesk.common.Lang.FR),
                    java.util.Set.of(), 80, org.dialoguedesk.meeting.MeetingStatus.PLANNED, false));
        }
        return dir.resolve("desk.db").toString();
    }

    private int participantsOf(String title) {
        try (Desk desk = TestDesks.withSampleData(dir)) {
            return desk.meetings().participants(CommandNames.meeting(desk, title).id()).size();
        }
    }

    @Test
    void inviteFromTheRosterPrintsThePlanAndSavesItUnlessADryRun() {
        String db = workshop();
        CommandRun dry = CommandRun.of("--db", db, "meeting", "invite", "--meeting", "Rabat workshop 2025", "--seats",
                "2", "--dry-run");
        assertEquals(0, dry.code(), dry.err());
        List<String> lines = dry.out().lines().toList();
        assertEquals("Invitation from the roster to \u201CRabat workshop 2025\u201D, 2 seats per delegation:", lines.get(0));
        assertTrue(lines.contains("  Morocco (Partner state): Mohamed Benali (head of delegation), Karim Lahlou"),
                "the focal point of the Rabat Process first, then by name: " + dry.out());
        assertTrue(lines.contains("  Senegal (Partner state): Ousmane Faye (head of delegation), Aminata Ndiaye"),
                dry.out());
        assertTrue(lines.contains("  Benin (Partner state): nobody in the roster"), dry.out());
        assertTrue(lines.get(lines.size() - 1).startsWith("Not saved yet: "), dry.out());
        assertEquals(0, participantsOf("Rabat workshop 2025"));

        CommandRun run = CommandRun.of("--db", db, "meeting", "invite", "--meeting", "Rabat workshop 2025", "--seats",
                "2", "--groups", "states,experts");
        assertEquals(0, run.code(), run.err());
        int invited = participantsOf("Rabat workshop 2025");
        assertTrue(invited >= 6, run.out());
        assertTrue(run.out().contains("  ICMPD \u2014 International Centre for Migration Policy Development (Expert): "),
                run.out());
        assertTrue(run.out().strip().endsWith("delegations have nobody in the roster."), run.out());
        assertTrue(run.out().contains(invited + " participants were invited in "), run.out());

        CommandRun again = CommandRun.of("--db", db, "meeting", "invite", "--meeting", "Rabat workshop 2025", "--seats",
                "3");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("    Mohamed Benali is not invited again: already a participant"), again.out());
        assertTrue(again.out().contains("    head of delegation already: Mohamed Benali"), again.out());
        assertTrue(again.out().contains("    Mohammed Ben Ali is not invited: the same name as Mohamed Benali"),
                "the roster's duplicate is not invited beside him: " + again.out());
        assertTrue(again.out().contains("  Morocco (Partner state): Youssef El Idrissi"), again.out());
    }

    @Test
    void badSeatsOrAnUnknownGroupExitWithTwoNamingTheOptionAndSaveNothing() {
        String db = workshop();
        for (String seats : List.of("0", "-1", "11")) {
            CommandRun run = CommandRun.of("--db", db, "meeting", "invite", "--meeting", "Rabat workshop 2025",
                    "--seats", seats);
            assertEquals(2, run.code(), run.out());
            assertTrue(run.err().contains("--seats: " + seats + " seats is not possible: give 1 to 10 seats per "
                    + "delegation."), run.err());
        }
        CommandRun group = CommandRun.of("--db", db, "meeting", "invite", "--meeting", "Rabat workshop 2025",
                "--seats", "2", "--groups", "states,ministers");
        assertEquals(2, group.code(), group.out());
        assertTrue(group.err().contains("--groups: there is no group \u201Cministers\u201D"), group.err());
        assertEquals("", group.out());
        assertEquals(0, participantsOf("Rabat workshop 2025"));
    }
}
