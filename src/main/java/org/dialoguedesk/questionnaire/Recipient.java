package org.dialoguedesk.questionnaire;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.dialoguedesk.common.RecordMeta;

/**
 * A country a round's questionnaire goes to, with the national focal point it goes to (null when the
 * roster has none) and its status history, oldest first; the last entry is the current status.
 */
public record Recipient(RecordMeta meta, UUID roundId, String countryCode, UUID focalPointId,
                        List<StatusChange> history) {

    public Recipient {
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(countryCode, "countryCode");
        history = List.copyOf(history);
        if (history.isEmpty()) {
            throw new IllegalArgumentException("A recipient has at least its first status");
        }
    }

    public UUID id() {
        return meta.id();
    }

    public StatusChange current() {
        return history.get(history.size() - 1);
    }

    public RecipientStatus status() {
        return current().status();
    }

    public LocalDate statusOn() {
        return current().on();
    }

    /** Nothing came back although the deadline has passed. */
    public boolean isOverdue(Round round, LocalDate today) {
        return round.isPastDeadline(today) && !status().isAnswered();
    }

    Recipient with(RecordMeta newMeta, StatusChange change) {
        List<StatusChange> longer = new ArrayList<>(history);
        longer.add(change);
        return new Recipient(newMeta, roundId, countryCode, focalPointId, longer);
    }
}
