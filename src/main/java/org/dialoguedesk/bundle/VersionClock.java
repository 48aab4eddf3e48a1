package org.dialoguedesk.bundle;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A version vector: for each installation that changed a record, how many changes it made. Two
 * copies of a record can then be told apart as "one saw the other" or "both changed since they last
 * agreed", which revision numbers or timestamps cannot do between laptops with wrong clocks.
 */
public final class VersionClock {

    private static final VersionClock EMPTY = new VersionClock(new TreeMap<>());

    private final SortedMap<String, Long> counters;

    private VersionClock(SortedMap<String, Long> counters) {
        this.counters = Collections.unmodifiableSortedMap(counters);
    }

    public static VersionClock empty() {
        return EMPTY;
    }

    /**
     * A clock from its counters.
     *
     * @throws IllegalArgumentException when an installation is blank or a counter is not positive
     */
    public static VersionClock of(Map<String, Long> counters) {
        TreeMap<String, Long> copy = new TreeMap<>();
        counters.forEach((installation, counter) -> {
            if (installation == null || installation.isBlank() || installation.contains(";")
                    || installation.contains("=")) {
                throw new IllegalArgumentException("A version clock names an installation '" + installation
                        + "'; an installation is a non-empty name without ';' or '='");
            }
            if (counter == null || counter < 1) {
                throw new IllegalArgumentException("A version clock counts " + counter + " changes for "
                        + installation + "; counts start at 1");
            }
            copy.put(installation, counter);
        });
        return new VersionClock(copy);
    }

    /** Parses {@link #toText()}'s form, {@code id=3;other=1}; an empty text is the empty clock. */
    public static VersionClock parse(String text) {
        TreeMap<String, Long> counters = new TreeMap<>();
        if (!text.isBlank()) {
            for (String part : text.split(";")) {
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("Not a version clock entry: '" + part + "'");
                }
                try {
                    counters.put(part.substring(0, eq), Long.parseLong(part.substring(eq + 1)));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Not a version clock count: '" + part + "'", e);
                }
            }
        }
        return of(counters);
    }

    public Map<String, Long> counters() {
        return counters;
    }

    public long counter(String installation) {
        return counters.getOrDefault(installation, 0L);
    }

    public boolean isEmpty() {
        return counters.isEmpty();
    }

    /** This clock after one more change made by {@code installation}. */
    public VersionClock bump(String installation) {
        TreeMap<String, Long> next = new TreeMap<>(counters);
        next.merge(installation, 1L, Long::sum);
        return of(next);
    }

    /** The pointwise maximum: the clock of a copy that has seen both. */
    public VersionClock merge(VersionClock other) {
        TreeMap<String, Long> next = new TreeMap<>(counters);
        other.counters.forEach((installation, counter) -> next.merge(installation, counter, Math::max));
        return new VersionClock(next);
    }

    public ClockOrder compareTo(VersionClock other) {
        boolean someGreater = false;
        boolean someLess = false;
        for (String installation : union(other)) {
            long mine = counter(installation);
            long theirs = other.counter(installation);
            someGreater |= mine > theirs;
            someLess |= mine < theirs;
        }
        if (someGreater && someLess) {
            return ClockOrder.CONCURRENT;
        }
        return someGreater ? ClockOrder.AFTER : someLess ? ClockOrder.BEFORE : ClockOrder.EQUAL;
    }

    private Iterable<String> union(VersionClock other) {
        TreeMap<String, Long> all = new TreeMap<>(counters);
        all.putAll(other.counters);
        return all.keySet();
    }

    /** A stable text form, installations sorted: {@code id=3;other=1}. */
    public String toText() {
        return counters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VersionClock other && counters.equals(other.counters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(counters);
    }

    @Override
    public String toString() {
        return "{" + toText() + "}";
    }
}
