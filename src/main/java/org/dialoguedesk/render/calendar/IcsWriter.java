package org.dialoguedesk.render.calendar;

import static org.dialoguedesk.common.ContentLines.escape;
import static org.dialoguedesk.common.ContentLines.line;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes events as an iCalendar file (RFC 5545) that Outlook, Google Calendar and Thunderbird
 * import. Written by hand: the format is small, and no calendar library is among the vetted ones.
 *
 * <p>What the RFC asks and readers check: CRLF line ends, lines folded at 75 octets never inside a
 * UTF-8 character and text escaped ({@link org.dialoguedesk.common.ContentLines}, shared with the
 * vCard writer); a DTSTAMP on every event; a whole-day event's DTEND the day after its last
 * day. Timed events are written in UTC, which every reader converts to its user's zone, so the file
 * needs no VTIMEZONE definitions of its own.
 */
public final class IcsWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** The calendar as text; {@code stamp} is the moment the file is made (every event's DTSTAMP). */
    public String text(List<CalendarEvent> events, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Dialogue Desk//Meetings//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        for (CalendarEvent event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + escape(event.uid()));
            line(out, "DTSTAMP:" + UTC.format(stamp));
            if (event.when() instanceof CalendarEvent.Days days) {
                line(out, "DTSTART;VALUE=DATE:" + DATE.format(days.first()));
                line(out, "DTEND;VALUE=DATE:" + DATE.format(days.last().plusDays(1)));
            } else if (event.when() instanceof CalendarEvent.Times times) {
                line(out, "DTSTART:" + UTC.format(times.start().toInstant()));
                line(out, "DTEND:" + UTC.format(times.end().toInstant()));
            }
            line(out, "SUMMARY:" + escape(event.summary()));
            if (!event.location().isEmpty()) {
                line(out, "LOCATION:" + escape(event.location()));
            }
            if (!event.description().isEmpty()) {
                line(out, "DESCRIPTION:" + escape(event.description()));
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** Writes the calendar in UTF-8. */
    public void write(List<CalendarEvent> events, Instant stamp, OutputStream out) throws IOException {
        out.write(text(events, stamp).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
