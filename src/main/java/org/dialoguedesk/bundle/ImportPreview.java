package org.dialoguedesk.bundle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What an import would do, worked out before anything is written: for each kind, how many records
 * are new, updated, unchanged, older than the local copy or in conflict, and each conflict with the
 * fields on which the copies differ. It keeps the records' states, not their fields, and goes through
 * the incoming records again ({@link RecordSource}) for the changes to write once every conflict has a
 * resolution.
 */
public final class ImportPreview {

    private final RecordSource incoming;
    private final List<ClassifiedRecord> records;
    private final Map<RecordKey, ClassifiedRecord> byKey;
    private final Map<RecordKind, Map<MergeClass, Integer>> counts;
    private final List<Conflict> conflicts;

    private ImportPreview(RecordSource incoming, List<ClassifiedRecord> records, List<Conflict> conflicts) {
        this.incoming = incoming;
        this.records = List.copyOf(records);
        this.byKey = new HashMap<>(records.size() * 2);
        Map<RecordKind, Map<MergeClass, Integer>> tally = new EnumMap<>(RecordKind.class);
        for (ClassifiedRecord r : records) {
            if (byKey.put(r.key(), r) != null) {
                throw new IllegalArgumentException("The bundle holds " + r.key() + " twice");
            }
            tally.computeIfAbsent(r.key().kind(), k -> new EnumMap<>(MergeClass.class))
                    .merge(r.mergeClass(), 1, Integer::sum);
        }
        tally.replaceAll((kind, byClass) -> Collections.unmodifiableMap(byClass));
        this.counts = Collections.unmodifiableMap(tally);
        this.conflicts = List.copyOf(conflicts);
    }

    /**
     * Classifies every incoming record, all held in memory, against its local copy.
     *
     * @param local the local copy of a record (a tombstone if deleted here), empty if this desk never had it
     * @throws IllegalArgumentException when the incoming records name one record twice
     */
    public static ImportPreview of(Collection<BundleRecord> incoming, Function<RecordKey, Optional<BundleRecord>> local) {
        List<BundleRecord> held = List.copyOf(incoming);
        List<ClassifiedRecord> classified = new ArrayList<>(held.size());
        List<Conflict> conflicts = new ArrayList<>();
        for (BundleRecord record : held) {
            Optional<BundleRecord> mine = local.apply(record.key());
            ClassifiedRecord c = ClassifiedRecord.classify(mine.map(RecordState::of), RecordState.of(record));
            classified.add(c);
            if (c.mergeClass() == MergeClass.CONFLICT) {
                conflicts.add(Conflict.between(mine.orElseThrow(), record));
            }
        }
        return new ImportPreview(held::forEach, classified, conflicts);
    }

    /**
     * Classifies incoming records by their states; the conflicts, found by the caller from the states it
     * was given, come whole.
     *
     * @param incoming      the records themselves, gone through again for the changes
     * @param states        the incoming records' states, in the source's order
     * @param local         the local copies' states by key (tombstones included)
     * @param conflictOf    both copies of a record classified as a conflict
     * @throws IllegalArgumentException when the incoming records name one record twice
     */
    public static ImportPreview of(RecordSource incoming, List<RecordState> states, Map<RecordKey, RecordState> local,
            Function<List<RecordKey>, List<Conflict>> conflictOf) {
        List<ClassifiedRecord> classified = new ArrayList<>(states.size());
        List<RecordKey> conflicting = new ArrayList<>();
        for (RecordState state : states) {
            ClassifiedRecord c = ClassifiedRecord.classify(Optional.ofNullable(local.get(state.key())), state);
            classified.add(c);
            if (c.mergeClass() == MergeClass.CONFLICT) {
                conflicting.add(c.key());
            }
        }
        return new ImportPreview(incoming, classified,
                conflicting.isEmpty() ? List.of() : conflictOf.apply(List.copyOf(conflicting)));
    }

    public List<ClassifiedRecord> records() {
        return records;
    }

    /** The kinds the bundle holds records of. */
    public Set<RecordKind> kinds() {
        return counts.isEmpty() ? EnumSet.noneOf(RecordKind.class) : EnumSet.copyOf(counts.keySet());
    }

    /** Counts per kind per class; a kind with no incoming record is absent. */
    public Map<RecordKind, Map<MergeClass, Integer>> counts() {
        return counts;
    }

    public int count(RecordKind kind, MergeClass mergeClass) {
        return counts.getOrDefault(kind, Map.of()).getOrDefault(mergeClass, 0);
    }

    public int count(MergeClass mergeClass) {
        return counts.keySet().stream().mapToInt(kind -> count(kind, mergeClass)).sum();
    }

    /** The counts in the import log's words: {@code contacts: 3 new, 1 updated; meetings: 1 unchanged}. */
    public String summary() {
        List<String> kinds = new ArrayList<>();
        counts.forEach((kind, byClass) -> {
            List<String> parts = new ArrayList<>();
            byClass.forEach((c, n) -> parts.add(n + " " + c.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
            kinds.add(kind.resourceName() + ": " + String.join(", ", parts));
        });
        return String.join("; ", kinds);
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    /**
     * The records to write, in the bundle's order: new and updated records as they came, unchanged ones
     * only when their merged clock is new here, locally newer ones not at all, and conflicts as resolved.
     *
     * @param resolutions the resolved record of each conflict, by key ({@link Conflict#resolve})
     * @throws IllegalArgumentException naming the conflicts that have no resolution
     */
    public List<BundleRecord> changes(Map<RecordKey, BundleRecord> resolutions) {
        List<BundleRecord> out = new ArrayList<>();
        forEachChange(resolutions, out::add);
        return out;
    }

    /** The same records as {@link #changes}, one at a time, going through the incoming records again. */
    public void forEachChange(Map<RecordKey, BundleRecord> resolutions, Consumer<? super BundleRecord> each) {
        checkResolved(resolutions);
        incoming.forEach(record -> change(record, resolutions).ifPresent(each));
    }

    /** How many records {@link #changes} gives, counted from the states alone. */
    public int changeCount(Map<RecordKey, BundleRecord> resolutions) {
        checkResolved(resolutions);
        int n = 0;
        for (ClassifiedRecord r : records) {
            n += switch (r.mergeClass()) {
                case NEW, UPDATED, CONFLICT -> 1;
                case UNCHANGED -> mergedClockIsNew(r) ? 1 : 0;
                case LOCAL_NEWER -> 0;
            };
        }
        return n;
    }

    private void checkResolved(Map<RecordKey, BundleRecord> resolutions) {
        List<RecordKey> unresolved = conflicts.stream().map(Conflict::key)
                .filter(key -> !resolutions.containsKey(key)).toList();
        if (!unresolved.isEmpty()) {
            throw new IllegalArgumentException("Conflicts left without a choice: " + unresolved);
        }
    }

    private Optional<BundleRecord> change(BundleRecord record, Map<RecordKey, BundleRecord> resolutions) {
        ClassifiedRecord r = byKey.get(record.key());
        if (r == null) {
            throw new IllegalStateException("The bundle's records changed since the preview: " + record.key());
        }
        return switch (r.mergeClass()) {
            case NEW, UPDATED -> Optional.of(record.withKnownHash(r.incoming().contentHash()));
            // same content on both sides: the record as it came, with the clock that has seen both
            case UNCHANGED -> mergedClockIsNew(r)
                    ? Optional.of(record.withClock(r.local().orElseThrow().clock().merge(r.incoming().clock())))
                    : Optional.empty();
            case LOCAL_NEWER -> Optional.empty();
            case CONFLICT -> Optional.of(resolutions.get(r.key()));
        };
    }

    private static boolean mergedClockIsNew(ClassifiedRecord r) {
        VersionClock mine = r.local().orElseThrow().clock();
        return !mine.merge(r.incoming().clock()).equals(mine);
    }
}
