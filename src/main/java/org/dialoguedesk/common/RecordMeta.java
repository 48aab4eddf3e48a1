package org.dialoguedesk.common;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * What every user-facing record carries so that copies on several laptops can be merged: a stable
 * id, when it was created and last changed, by which officer, and a revision counter that goes up
 * by one with every change.
 */
public record RecordMeta(UUID id, Instant createdAt, Instant updatedAt, String updatedBy, long revision) {

    public RecordMeta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(updatedBy, "updatedBy");
    }

    public static RecordMeta create(String officer, Clock clock) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return new RecordMeta(UUID.randomUUID(), now, now, officer, 1);
    }

    /** The same record after one more change by this officer. */
    public RecordMeta touch(String officer, Clock clock) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return new RecordMeta(id, createdAt, now.isBefore(updatedAt) ? updatedAt : now, officer, revision + 1);
    }
}
