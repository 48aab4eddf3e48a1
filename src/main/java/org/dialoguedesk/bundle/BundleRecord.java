package org.dialoguedesk.bundle;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One record as it travels between desks: a root row with the child rows it owns, as a field map, with
 * its version clock. A deleted record travels as a tombstone (no fields), so that a deletion reaches
 * the other copies instead of the record coming back from them. A value like a record type, but a class,
 * so that the hash of its content is worked out once however often merging asks for it.
 */
public final class BundleRecord {

    private final RecordKind kind;
    private final UUID id;
    private final Map<String, Object> content;
    private final VersionClock clock;
    private final boolean deleted;
    private String contentHash;

    public BundleRecord(RecordKind kind, UUID id, Map<String, Object> content, VersionClock clock, boolean deleted) {
        this(kind, id, FieldValues.copyOf(content), clock, deleted, null);
    }

    private BundleRecord(RecordKind kind, UUID id, Map<String, Object> content, VersionClock clock, boolean deleted,
            String contentHash) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.id = Objects.requireNonNull(id, "id");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.content = content;
        this.deleted = deleted;
        this.contentHash = contentHash;
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

    public RecordKind kind() {
        return kind;
    }

    public UUID id() {
        return id;
    }

    /** The fields, normalised ({@link FieldValues}) and unmodifiable; empty for a tombstone. */
    public Map<String, Object> content() {
        return content;
    }

    public VersionClock clock() {
        return clock;
    }

    public boolean deleted() {
        return deleted;
    }

    public RecordKey key() {
        return new RecordKey(kind, id);
    }

    /** The hash of what the record says (its fields, or that it is deleted), not of its clock. */
    public String contentHash() {
        if (contentHash == null) {
            contentHash = deleted ? CanonicalHash.TOMBSTONE : CanonicalHash.ofNormalised(content);
        }
        return contentHash;
    }

    /** True when both say the same thing, whatever their clocks. */
    public boolean sameContentAs(BundleRecord other) {
        return deleted == other.deleted && content.equals(other.content);
    }

    public BundleRecord withClock(VersionClock newClock) {
        return new BundleRecord(kind, id, content, newClock, deleted, contentHash);
    }

    /**
     * This record, with the hash of its content already known: the same record read twice from a bundle whose
     * bytes were checked against its manifest hashes the same, so an import works it out once.
     */
    BundleRecord withKnownHash(String hash) {
        return contentHash != null ? this : new BundleRecord(kind, id, content, clock, deleted, hash);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BundleRecord other && kind == other.kind && id.equals(other.id) && deleted == other.deleted
                && clock.equals(other.clock) && content.equals(other.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, id, content, clock, deleted);
    }

    @Override
    public String toString() {
        return "BundleRecord[kind=" + kind + ", id=" + id + ", content=" + content + ", clock=" + clock + ", deleted="
                + deleted + "]";
    }
}
