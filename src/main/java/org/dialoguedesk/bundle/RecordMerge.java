package org.dialoguedesk.bundle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.dialoguedesk.common.StoreException;

/**
 * The records side of exchange: what to put in a bundle, what an incoming bundle would change, and
 * applying it once every conflict is decided. Sits on a {@link RecordStore}; the bundle file itself
 * is the exchange package's business. Records pass one at a time, so the size of a desk or of a
 * bundle is bounded by the disk, not by memory.
 */
public final class RecordMerge {

    /** Records read ahead of the store while it writes: enough to keep both cores busy, few enough to hold. */
    private static final int PREFETCH = 4;

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

    /** The same records one at a time, in kind order, then key order. */
    public void records(Set<RecordKind> kinds, Consumer<BundleRecord> each) {
        store.refresh(kinds, each);
    }

    /** Classifies incoming records held in memory against the local ones; writes nothing but the clocks' refresh. */
    public ImportPreview preview(Collection<BundleRecord> incoming) {
        List<BundleRecord> held = List.copyOf(incoming);
        return preview(held::forEach);
    }

    /**
     * Classifies the incoming records against the local ones, going through them once for their states
     * (a source that checks what it reads has checked it all before the store is touched), then once
     * more only if there are conflicts, to hold both copies of each. Writes nothing but the clocks' refresh.
     *
     * @throws IllegalArgumentException when the incoming records name one record twice
     */
    public ImportPreview preview(RecordSource incoming) {
        List<RecordState> states = new ArrayList<>();
        Set<RecordKind> kinds = EnumSet.noneOf(RecordKind.class);
        // read on one core, hashed on the other; ImportPreview refuses a record given twice
        new PrefetchedSource(incoming, PREFETCH).forEach(r -> {
            states.add(RecordState.of(r));
            kinds.add(r.kind());
        });
        Map<RecordKey, RecordState> local = kinds.isEmpty() ? Map.of() : store.states(kinds);
        return ImportPreview.of(incoming, states, local, keys -> conflicts(incoming, keys));
    }

    private List<Conflict> conflicts(RecordSource incoming, List<RecordKey> keys) {
        Set<RecordKey> wanted = new HashSet<>(keys);
        Map<RecordKey, Conflict> found = new HashMap<>();
        incoming.forEach(r -> {
            if (wanted.contains(r.key())) {
                BundleRecord mine = store.read(r.key()).orElseThrow(
                        () -> new IllegalStateException(r.key() + " vanished from this desk during the preview"));
                found.put(r.key(), Conflict.between(mine, r));
            }
        });
        return keys.stream().map(found::get).map(Objects::requireNonNull).toList();
    }

    /**
     * Applies the preview with the officer's resolution of each conflict, and logs it, all or nothing.
     *
     * @throws IllegalArgumentException when a conflict has no resolution
     * @throws StoreException when a local record changed since the preview (preview again), or the store refuses
     */
    public void apply(ImportPreview preview, Map<RecordKey, BundleRecord> resolutions, ImportLogEntry entry) {
        preview.changeCount(resolutions);
        Map<RecordKey, RecordState> now = preview.kinds().isEmpty() ? Map.of() : store.states(preview.kinds());
        for (ClassifiedRecord r : preview.records()) {
            if (!Optional.ofNullable(now.get(r.key())).equals(r.local())) {
                throw new PreviewOutdatedException(r.key());
            }
        }
        store.apply(each -> preview.forEachChange(resolutions, each), resolutions.keySet(), entry);
    }

    /** When each live record of the given kinds last changed here, for exports of what changed since a date. */
    public Map<RecordKey, java.time.Instant> lastChanged(Set<RecordKind> kinds) {
        return store.lastChanged(kinds);
    }

    public List<ImportLogEntry> importLog() {
        return store.importLog();
    }
}
