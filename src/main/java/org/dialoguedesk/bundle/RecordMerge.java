package org.dialoguedesk.bundle;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dialoguedesk.common.StoreException;

/**
 * The records side of exchange: what to put in a bundle, what an incoming bundle would change, and
 * applying it once every conflict is decided. Sits on a {@link RecordStore}; the bundle file itself
 * is the exchange package's business.
 */
public final class RecordMerge {

    private final RecordStore store;

    public RecordMerge(RecordStore store) {
        this.store = store;
    }

    public String installationId() {
        return store.installationId();
    }

    /** The records of the given kinds, with up-to-date clocks and tombstones, to put in a bundle. */
    public List<BundleRecord> records(Set<RecordKind> kinds) {
        return store.refresh(kinds);
    }

    /** Classifies the incoming records against the local ones; writes nothing but the clocks' refresh. */
    public ImportPreview preview(Collection<BundleRecord> incoming) {
        Map<RecordKey, BundleRecord> local = localOf(incoming);
        return ImportPreview.of(incoming, key -> Optional.ofNullable(local.get(key)));
    }

    /**
     * Applies the preview with the officer's resolution of each conflict, and logs it, all or nothing.
     *
     * @throws IllegalArgumentException when a conflict has no resolution
     * @throws StoreException when a local record changed since the preview (preview again), or the store refuses
     */
    public void apply(ImportPreview preview, Map<RecordKey, BundleRecord> resolutions, ImportLogEntry entry) {
        List<BundleRecord> changes = preview.changes(resolutions);
        Map<RecordKey, BundleRecord> now = localOf(preview.records().stream().map(ClassifiedRecord::incoming).toList());
        for (ClassifiedRecord r : preview.records()) {
            Optional<BundleRecord> current = Optional.ofNullable(now.get(r.key()));
            if (!current.equals(r.local())) {
                throw new StoreException("The import was not applied: " + r.key() + " was changed on this desk "
                        + "after the preview. Open the bundle again to see the changes as they are now.");
            }
        }
        store.apply(changes, entry);
    }

    /** When each live record of the given kinds last changed here, for exports of what changed since a date. */
    public Map<RecordKey, java.time.Instant> lastChanged(Set<RecordKind> kinds) {
        return store.lastChanged(kinds);
    }

    public List<ImportLogEntry> importLog() {
        return store.importLog();
    }

    private Map<RecordKey, BundleRecord> localOf(Collection<BundleRecord> incoming) {
        Set<RecordKind> kinds = EnumSet.noneOf(RecordKind.class);
        incoming.forEach(r -> kinds.add(r.kind()));
        Map<RecordKey, BundleRecord> local = new HashMap<>();
        if (!kinds.isEmpty()) {
            store.refresh(kinds).forEach(r -> local.put(r.key(), r));
        }
        return local;
    }
}
