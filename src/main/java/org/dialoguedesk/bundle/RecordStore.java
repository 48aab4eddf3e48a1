package org.dialoguedesk.bundle;

import java.util.List;
import java.util.Set;

/**
 * The desk's records as the bundle core sees them: each root row with the child rows it owns, as
 * field maps with version clocks. Implemented by the store; the core knows no SQL.
 */
public interface RecordStore {

    /** This desk's installation id, the name its changes carry in version clocks. */
    String installationId();

    /**
     * Brings the version clocks up to date with the edits made on this desk since the last refresh
     * (new records, changed records, records that vanished), then returns every record of the given
     * kinds, tombstones included, in key order.
     */
    List<BundleRecord> refresh(Set<RecordKind> kinds);

    /**
     * Writes the records (tombstones delete) and their clocks, and logs the import, all or nothing.
     *
     * @throws org.dialoguedesk.common.StoreException when the changes cannot be written; nothing is kept
     */
    void apply(List<BundleRecord> changes, ImportLogEntry entry);

    /**
     * When each live record of the given kinds last changed on this desk (edited here or written by an
     * import), as its rows record it; a record whose rows do not say is absent.
     */
    java.util.Map<RecordKey, java.time.Instant> lastChanged(Set<RecordKind> kinds);

    /** Every import logged, newest first. */
    List<ImportLogEntry> importLog();
}
