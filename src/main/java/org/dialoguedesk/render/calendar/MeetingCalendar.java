package org.dialoguedesk.render.calendar;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.meeting.AgendaSession;
import org.dialoguedesk.meeting.Meeting;

/**
 * A meeting as calendar events: the meeting over its whole days at its venue, and one timed event per
 * agenda session. UIDs come from the record ids, so exporting the meeting again updates the events in
 * a calendar instead of adding them twice.
 */
public final class MeetingCalendar {

    private MeetingCalendar() {
    }

    /** {@code zone} is the time zone of the meeting's city: session times are local times there. */
    public static List<CalendarEvent> events(Meeting meeting, List<AgendaSession> sessions, ZoneId zone) {
        String venue = meeting.venue().in(Lang.EN);
        String location = venue.isEmpty() ? meeting.city().en()
                : venue.contains(meeting.city().en()) ? venue
                : venue + ", " + meeting.city().en();
        List<CalendarEvent> events = new ArrayList<>();
        events.add(new CalendarEvent("meeting-" + meeting.id() + "@dialoguedesk",
                new CalendarEvent.Days(meeting.startDate(), meeting.endDate()), meeting.title().en(), location,
                meeting.thematicArea()));
        for (AgendaSession s : sessions) {
            events.add(new CalendarEvent("session-" + s.id() + "@dialoguedesk",
                    new CalendarEvent.Times(s.day().atTime(s.start()).atZone(zone), s.day().atTime(s.end()).atZone(zone)),
                    s.title().in(Lang.EN), location, String.join("\n", s.chair(), String.join("; ", s.speakers()))
                    .strip()));
        }
        return events;
    }
}
