package org.dialoguedesk.meeting.ui;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.ValidationException;
import org.dialoguedesk.meeting.MeetingDates;

/**
 * Times typed into the forms (HH:MM, as the agenda prints them), read by the meeting core's own
 * rules so a form says exactly what an import would. Every problem of a form is collected before
 * anything is saved, so all of them show at once.
 */
final class TypedTimes {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm");

    private TypedTimes() {
    }

    /** The time typed, or empty when nothing is typed or what is typed is not a time (then a problem is added). */
    static Optional<LocalTime> read(String field, String typed, List<Problem> problems) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            // 9:30 is read as 09:30, as officers type it
            return Optional.of(MeetingDates.time(field, t.matches("\\d:\\d{2}") ? "0" + t : t));
        } catch (ValidationException e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
    }

    static String shown(LocalTime time) {
        return time == null ? "" : SHOWN.format(time);
    }
}
