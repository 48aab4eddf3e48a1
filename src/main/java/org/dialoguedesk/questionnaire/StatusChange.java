package org.dialoguedesk.questionnaire;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.dialoguedesk.common.RecordMeta;

/** One step in a recipient's history: the status it reached, on which day, recorded by whom, and why. */
public record StatusChange(RecordMeta meta, UUID recipientId, RecipientStatus status, LocalDate on, String officer,
                           String note) {

    public StatusChange {
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(on, "on");
        note = note == null ? "" : note.strip();
    }
}
