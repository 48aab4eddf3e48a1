package org.dialoguedesk.bundle;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One record as it travels between desks: a root row with the child rows it owns, as a field map, with
 * its version clock. A deleted record travels as a tombstone (no fields), so that a deletion reaches
 * the other copies instead of the record coming back from them.
 */
public record BundleRecord(RecordKind kind, UUID id, Map<String, Object> content, VersionClock clock, boolean deleted) {

    public BundleRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clock, "clock");
        content = FieldValues.copyOf(content);
        if (deleted && !content.isEmpty()) {
            throw new IllegalArgumentException("A deleted " + kind + " record " + id + " carries fields");
        }
    }

    @SuppressWarnings("unchecked")
    public static BundleRecord live(RecordKind kind, UUID id, Map<String, ?> content, VersionClock clock) {
        // the constructor makes the one normalised copy
        return new BundleRecord(kind, id, (Map<String, Object>) content, clock, false);
    }

    public static BundleRecord tombstone(RecordKind kind, UUID id, VersionClock clock) {
        return new BundleRecord(kind, id, Map.of(), clock, true);
    }

    public RecordKey key() {
        return new RecordKey(kind, id);
    }

    /** The hash of what the record says (its fields, or that it is deleted), not of its clock. */
    public String contentHash() {
        return deleted ? CanonicalHash.TOMBSTONE : CanonicalHash.ofNormalised(content);
    }

    /** True when both say the same thing, whatever their clocks. */
    public boolean sameContentAs(BundleRecord other) {
        return deleted == other.deleted && content.equals(other.content);
    }

    public BundleRecord withClock(VersionClock newClock) {
        return new BundleRecord(kind, id, content, newClock, deleted);
    }
}
