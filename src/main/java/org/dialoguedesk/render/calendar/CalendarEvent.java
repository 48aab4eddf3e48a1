package org.dialoguedesk.render.calendar;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One event of a calendar file: a meeting over whole days, or a session at set times. {@code uid}
 * must stay the same each time the same event is exported, so a calendar that imports the file again
 * updates the event instead of adding a second one (such as {@code "meeting-42@dialoguedesk"}).
 */
public record CalendarEvent(String uid, When when, String summary, String location, String description) {

    public CalendarEvent {
        if (uid == null || uid.isBlank()) {
            throw new IllegalArgumentException("A calendar event needs a uid");
        }
        Objects.requireNonNull(when, "when");
        summary = summary == null ? "" : summary;
        location = location == null ? "" : location;
        description = description == null ? "" : description;
    }

    /** When an event takes place. */
    public sealed interface When {

        private static IllegalArgumentException backwards(Object start, Object end) {
            return new IllegalArgumentException("An event cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    /** From the first day to the last, both included: a two-day meeting is 3 to 4 March. */
    public record Days(LocalDate first, LocalDate last) implements When {
        public Days {
            if (Objects.requireNonNull(last, "last").isBefore(Objects.requireNonNull(first, "first"))) {
                throw When.backwards(first, last);
            }
        }
    }

    /** From a moment to a later one, each in the time zone of the place (written in UTC). */
    public record Times(ZonedDateTime start, ZonedDateTime end) implements When {
        public Times {
            if (Objects.requireNonNull(end, "end").isBefore(Objects.requireNonNull(start, "start"))) {
                throw When.backwards(start, end);
            }
        }
    }
}
