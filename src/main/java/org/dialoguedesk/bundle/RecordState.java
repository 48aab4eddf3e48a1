package org.dialoguedesk.bundle;

import java.util.Objects;

/**
 * What merging needs to know of one copy of a record without its fields: its key, its clock, the hash of
 * its content and whether it is deleted. Previews of large bundles keep these instead of whole records, so
 * an import holds one record's fields at a time.
 */
public record RecordState(RecordKey key, VersionClock clock, String contentHash, boolean deleted) {

    public RecordState {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    public static RecordState of(BundleRecord record) {
        return new RecordState(record.key(), record.clock(), record.contentHash(), record.deleted());
    }

    /** True when both copies say the same thing, whatever their clocks. */
    public boolean sameContentAs(RecordState other) {
        return deleted == other.deleted && contentHash.equals(other.contentHash);
    }
}
