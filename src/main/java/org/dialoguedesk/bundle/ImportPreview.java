package org.dialoguedesk.bundle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What an import would do, worked out before anything is written: for each kind, how many records
 * are new, updated, unchanged, older than the local copy or in conflict, and each conflict with the
 * fields on which the copies differ. The changes to write follow from it once every conflict has a
 * resolution.
 */
public final class ImportPreview {

    private final List<ClassifiedRecord> records;
    private final Map<RecordKind, Map<MergeClass, Integer>> counts;
    private final List<Conflict> conflicts;

    private ImportPreview(List<ClassifiedRecord> records) {
        this.records = List.copyOf(records);
        Map<RecordKind, Map<MergeClass, Integer>> tally = new EnumMap<>(RecordKind.class);
        List<Conflict> found = new ArrayList<>();
        for (ClassifiedRecord r : records) {
            tally.computeIfAbsent(r.key().kind(), k -> new EnumMap<>(MergeClass.class))
                    .merge(r.mergeClass(), 1, Integer::sum);
            if (r.mergeClass() == MergeClass.CONFLICT) {
                found.add(Conflict.between(r.local().orElseThrow(), r.incoming()));
            }
        }
        tally.replaceAll((kind, byClass) -> Collections.unmodifiableMap(byClass));
        this.counts = Collections.unmodifiableMap(tally);
        this.conflicts = List.copyOf(found);
    }

    /**
     * Classifies every incoming record against its local copy.
     *
     * @param local the local copy of a record (a tombstone if deleted here), empty if this desk never had it
     * @throws IllegalArgumentException when the incoming records name one record twice
     */
    public static ImportPreview of(Collection<BundleRecord> incoming, Function<RecordKey, Optional<BundleRecord>> local) {
        Set<RecordKey> seen = new HashSet<>();
        List<ClassifiedRecord> classified = new ArrayList<>(incoming.size());
        for (BundleRecord record : incoming) {
            if (!seen.add(record.key())) {
                throw new IllegalArgumentException("The bundle holds " + record.key() + " twice");
            }
            classified.add(ClassifiedRecord.classify(local.apply(record.key()), record));
        }
        return new ImportPreview(classified);
    }

    public List<ClassifiedRecord> records() {
        return records;
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
            byClass.forEach((c, n) -> parts.add(n + " " + c.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
            kinds.add(kind.resourceName() + ": " + String.join(", ", parts));
        });
        return String.join("; ", kinds);
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    /**
     * The records to write, in kind order: new and updated records as they came, unchanged ones only
     * when their merged clock is new here, locally newer ones not at all, and conflicts as resolved.
     *
     * @param resolutions the resolved record of each conflict, by key ({@link Conflict#resolve})
     * @throws IllegalArgumentException naming the conflicts that have no resolution
     */
    public List<BundleRecord> changes(Map<RecordKey, BundleRecord> resolutions) {
        List<RecordKey> unresolved = conflicts.stream().map(Conflict::key)
                .filter(key -> !resolutions.containsKey(key)).toList();
        if (!unresolved.isEmpty()) {
            throw new IllegalArgumentException("Conflicts left without a choice: " + unresolved);
        }
        List<BundleRecord> out = new ArrayList<>();
        for (ClassifiedRecord r : records) {
            switch (r.mergeClass()) {
                case NEW, UPDATED -> out.add(r.incoming());
                case UNCHANGED -> {
                    BundleRecord mine = r.local().orElseThrow();
                    VersionClock merged = mine.clock().merge(r.incoming().clock());
                    if (!merged.equals(mine.clock())) {
                        out.add(mine.withClock(merged));
                    }
                }
                case LOCAL_NEWER -> { }
                case CONFLICT -> out.add(resolutions.get(r.key()));
            }
        }
        out.sort((a, b) -> a.key().compareTo(b.key()));
        return out;
    }
}
