package org.dialoguedesk.render.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An iCalendar file as a strict reader sees it: octets, folds, escapes and dates. */
class IcsWriterTest {

    private static final Instant STAMP = Instant.parse("2026-11-23T09:30:00Z");
    private static final String ARABIC = "الاجتماع الموضوعي لمسار الرباط حول إدارة الحدود، الرباط؛ "
            + "بمشاركة ثلاثة وثلاثين بلدا شريكا من أوروبا وأفريقيا";

    private static byte[] ics(List<CalendarEvent> events) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new IcsWriter().write(events, STAMP, out);
        return out.toByteArray();
    }

    /** The content lines, unfolded as RFC 5545 section 3.1 says. */
    private static List<String> unfolded(String text) {
        return Arrays.asList(text.replace("\r\n ", "").split("\r\n"));
    }

    @Test
    void multiDayMeetingIsAllDayWithTheDayAfterAsItsEnd() throws IOException {
        String text = new String(ics(List.of(new CalendarEvent("meeting-7@dialoguedesk",
                new CalendarEvent.Days(LocalDate.of(2027, 3, 3), LocalDate.of(2027, 3, 4)),
                "Rabat Process: thematic meeting", "Rabat, Morocco", "Border management"))), StandardCharsets.UTF_8);
        List<String> lines = unfolded(text);
        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));
        assertTrue(lines.containsAll(List.of("VERSION:2.0", "UID:meeting-7@dialoguedesk", "DTSTAMP:20261123T093000Z",
                "DTSTART;VALUE=DATE:20270303", "DTEND;VALUE=DATE:20270305", "SUMMARY:Rabat Process: thematic meeting",
                "LOCATION:Rabat\\, Morocco")), lines.toString());
        assertTrue(text.endsWith("\r\n") && !text.replace("\r\n", "").contains("\n"), "CRLF line ends only");
    }

    @Test
    void timedSessionIsWrittenInUtc() throws IOException {
        String text = new String(ics(List.of(new CalendarEvent("session-1@dialoguedesk",
                new CalendarEvent.Times(ZonedDateTime.of(2027, 3, 3, 9, 0, 0, 0, ZoneId.of("Europe/Madrid")),
                        ZonedDateTime.of(2027, 3, 3, 10, 30, 0, 0, ZoneId.of("Europe/Madrid"))),
                "Opening", "", ""))), StandardCharsets.UTF_8);
        List<String> lines = unfolded(text);
        assertTrue(lines.contains("DTSTART:20270303T080000Z"), lines.toString());
        assertTrue(lines.contains("DTEND:20270303T093000Z"), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("LOCATION")), "no empty location");
    }

    @Test
    void arabicTextIsEscapedAndFoldedBetweenCharacters() throws IOException, CharacterCodingException {
        String description = "Agenda; day 1, day 2\\annex\nSecond line\r\n" + ARABIC;
        byte[] bytes = ics(List.of(new CalendarEvent("m@dialoguedesk",
                new CalendarEvent.Days(LocalDate.of(2027, 3, 3), LocalDate.of(2027, 3, 3)), ARABIC, ARABIC,
                description)));
        int start = 0;
        int folded = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                assertTrue(i - start <= 75, "a line of " + (i - start) + " octets");
                // every physical line decodes on its own: no character is split by a fold
                StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, start, i - start));
                folded += bytes[i + 2 < bytes.length ? i + 2 : i] == ' ' ? 1 : 0;
                start = i + 2;
            }
        }
        assertTrue(folded >= 6, "long Arabic lines are folded: " + folded);
        List<String> lines = unfolded(new String(bytes, StandardCharsets.UTF_8));
        assertTrue(lines.contains("SUMMARY:" + ARABIC), "the Arabic comma and semicolon need no escape: " + lines);
        assertTrue(lines.contains("DESCRIPTION:Agenda\\; day 1\\, day 2\\\\annex\\nSecond line\\n" + ARABIC),
                lines.toString());
    }
}
