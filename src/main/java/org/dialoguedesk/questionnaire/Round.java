package org.dialoguedesk.questionnaire;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.dialoguedesk.common.RecordMeta;

/**
 * One yearly exercise of a dialogue: a frozen template version sent to the partner states with a
 * deadline. {@code createdOn} is the day the round was opened; no status change may be dated before.
 */
public record Round(RecordMeta meta, UUID dialogueId, UUID templateVersionId, String title, LocalDate deadline,
                    LocalDate createdOn) {

    public Round {
        Objects.requireNonNull(dialogueId, "dialogueId");
        Objects.requireNonNull(templateVersionId, "templateVersionId");
        title = title == null ? "" : title.strip();
    }

    public UUID id() {
        return meta.id();
    }

    /** Past the deadline on that day (the deadline day itself is still in time). */
    public boolean isPastDeadline(LocalDate day) {
        return day.isAfter(deadline);
    }
}
