package org.dialoguedesk.meeting;

import java.time.LocalDate;
import java.util.UUID;
import org.dialoguedesk.common.RecordMeta;

/**
 * A preparation step of a meeting, due {@code daysBefore} days before its first day; the due date is
 * not stored, so moving the meeting moves every due date with it.
 *
 * @param doneOn when it was done, or null while it is still to do
 */
public record ChecklistItem(RecordMeta meta, UUID meetingId, ChecklistKind kind, int daysBefore, LocalDate doneOn,
                            String note) {

    public ChecklistItem {
        note = note == null ? "" : note.strip();
    }

    public LocalDate dueOn(LocalDate firstDay) {
        return firstDay.minusDays(daysBefore);
    }

    public boolean isDone() {
        return doneOn != null;
    }

    /** Not done and its due date is before today. */
    public boolean isOverdue(LocalDate firstDay, LocalDate today) {
        return !isDone() && dueOn(firstDay).isBefore(today);
    }
}
