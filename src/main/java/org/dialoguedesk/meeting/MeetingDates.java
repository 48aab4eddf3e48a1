package org.dialoguedesk.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.ValidationException;

/**
 * Reads the dates and times typed or imported for a meeting. A day that does not exist
 * ({@code 2019-02-30}) is refused here, with a message saying so, instead of being moved to
 * another day as lenient parsers do.
 */
public final class MeetingDates {

    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME_SHAPE = Pattern.compile("\\d{2}:\\d{2}");

    private MeetingDates() {
    }

    /** A day written {@code YYYY-MM-DD}. */
    public static LocalDate date(String field, String text) {
        return parse(field, text, DATE_SHAPE, LocalDate::parse, "meeting.error.dateForm", "meeting.error.dateNotReal");
    }

    /** A time of day written {@code HH:MM} (24 hours). */
    public static LocalTime time(String field, String text) {
        return parse(field, text, TIME_SHAPE, LocalTime::parse, "meeting.error.timeForm", "meeting.error.timeNotReal");
    }

    /** A day and time written {@code YYYY-MM-DDTHH:MM}, e.g. a flight's arrival. */
    public static LocalDateTime dateTime(String field, String text) {
        String t = text == null ? "" : text.strip();
        int split = t.indexOf('T');
        if (split < 0) {
            throw refused(field, "meeting.error.dateTimeForm", t);
        }
        return LocalDateTime.of(date(field, t.substring(0, split)), time(field, t.substring(split + 1)));
    }

    private static <T> T parse(String field, String text, Pattern shape,
                               Function<CharSequence, T> parser, String formKey, String notRealKey) {
        String t = text == null ? "" : text.strip();
        if (!shape.matcher(t).matches()) {
            throw refused(field, formKey, t);
        }
        try {
            // the ISO formatters resolve strictly: February 30 is an error, not March 2
            return parser.apply(t);
        } catch (DateTimeParseException e) {
            throw refused(field, notRealKey, t);
        }
    }

    private static ValidationException refused(String field, String key, String text) {
        return new ValidationException(List.of(Problem.of(field, key, text)));
    }
}
