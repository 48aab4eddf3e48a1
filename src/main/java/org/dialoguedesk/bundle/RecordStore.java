package org.dialoguedesk.bundle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The desk's records as the bundle core sees them: each root row with the child rows it owns, as
 * field maps with version clocks. Implemented by the store; the core knows no SQL. Records go one at
 * a time both ways, so a desk of any size is exported and imported in bounded memory.
 */
public interface RecordStore {

    /** This desk's installation id, the name its changes carry in version clocks. */
    String installationId();

    /**
     * Brings the version clocks up to date with the edits made on this desk since the last refresh
     * (new records, changed records, records that vanished), then gives every record of the given
     * kinds, tombstones included, in kind order and key order within a kind.
     */
    void refresh(Set<RecordKind> kinds, Consumer<BundleRecord> each);

    /** {@link #refresh(Set, Consumer)} into a list, for small selections. */
    default List<BundleRecord> refresh(Set<RecordKind> kinds) {
        List<BundleRecord> out = new ArrayList<>();
        refresh(kinds, out::add);
        return out;
    }

    /** The clocks brought up to date as {@link #refresh} does, then each record's state, tombstones included. */
    Map<RecordKey, RecordState> states(Set<RecordKind> kinds);

    /** One record as stored, a tombstone if deleted here, empty if this desk never had it. */
    Optional<BundleRecord> read(RecordKey key);

    /**
     * Writes the records (tombstones delete) and their clocks, and logs the import, all or nothing. A store
     * may go through {@code changes} on a thread of its own, to read them while it writes.
     *
     * @param merged the records that are an officer's merge of two copies: their derived fields
     *               ({@link RecordKind#derivedFields()}) are worked out again here, and their stored hash with them
     * @throws org.dialoguedesk.common.StoreException when the changes cannot be written; nothing is kept
     */
    void apply(RecordSource changes, Set<RecordKey> merged, ImportLogEntry entry);

    /**
     * When each live record of the given kinds last changed on this desk (edited here or written by an
     * import), as its rows record it; a record whose rows do not say is absent.
     */
    Map<RecordKey, Instant> lastChanged(Set<RecordKind> kinds);

    /** Every import logged, newest first. */
    List<ImportLogEntry> importLog();
}
