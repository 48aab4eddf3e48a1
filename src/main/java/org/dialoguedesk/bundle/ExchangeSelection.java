package org.dialoguedesk.bundle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which records an exchange bundle carries: everything, or those of one dialogue, or those changed since a
 * day, or both, always with the records they need (the organisation of a contact, the template of a round,
 * the dialogue of a contact's other role) so that the other desk can store them, and with every deletion,
 * since a deleted record no longer says which dialogue it belonged to or when it went.
 *
 * @param dialogue records that name this dialogue anywhere: the dialogue itself, and every record whose row or
 *                 owned row has this {@code dialogue_id} (its meetings, rounds, profiles, contacts with a role in it)
 * @param since    records whose rows changed on or after the start of this day
 */
public record ExchangeSelection(Optional<UUID> dialogue, Optional<LocalDate> since) {

    private static final String DIALOGUE_ID = "dialogue_id";

    public ExchangeSelection {
        Objects.requireNonNull(dialogue, "dialogue");
        Objects.requireNonNull(since, "since");
    }

    public static ExchangeSelection everything() {
        return new ExchangeSelection(Optional.empty(), Optional.empty());
    }

    public boolean isEverything() {
        return dialogue.isEmpty() && since.isEmpty();
    }

    /**
     * The selected records, in the order given.
     *
     * @param all       every record of the desk, tombstones included
     * @param changedAt when each live record last changed (only read when {@link #since} is set); a record
     *                  absent from it is taken as changed, rather than silently left out
     * @param zone      the desk's time zone, in which the day starts
     */
    public List<BundleRecord> select(List<BundleRecord> all, Map<RecordKey, Instant> changedAt, ZoneId zone) {
        if (isEverything()) {
            return List.copyOf(all);
        }
        Optional<Instant> from = since.map(day -> day.atStartOfDay(zone).toInstant());
        Map<String, RecordKey> owners = new HashMap<>();
        Map<RecordKey, BundleRecord> byKey = new HashMap<>();
        for (BundleRecord r : all) {
            byKey.put(r.key(), r);
            owners.put(r.id().toString(), r.key());
            r.content().values().forEach(v -> indexRowIds(v, r.key(), owners));
        }
        Set<RecordKey> chosen = new LinkedHashSet<>();
        Deque<BundleRecord> todo = new ArrayDeque<>();
        for (BundleRecord r : all) {
            boolean inDialogue = dialogue.map(d -> r.id().equals(d) || mentions(r.content(), d.toString())).orElse(true);
            boolean recent = from.map(f -> changedAt.get(r.key()) == null || !changedAt.get(r.key()).isBefore(f))
                    .orElse(true);
            if (r.deleted() || inDialogue && recent) {
                chosen.add(r.key());
                todo.add(r);
            }
        }
        while (!todo.isEmpty()) {
            BundleRecord r = todo.poll();
            for (RecordKey needed : references(r.content(), owners)) {
                if (chosen.add(needed)) {
                    todo.add(byKey.get(needed));
                }
            }
        }
        List<BundleRecord> out = new ArrayList<>(chosen.size());
        for (BundleRecord r : all) {
            if (chosen.contains(r.key())) {
                out.add(r);
            }
        }
        return out;
    }

    /** The selection in words, for the bundle's {@code Bundle-Selection} tag. */
    public String describe(Optional<String> dialogueName) {
        if (isEverything()) {
            return "all records";
        }
        List<String> parts = new ArrayList<>();
        dialogue.ifPresent(d -> parts.add("dialogue " + dialogueName.map(n -> n + " (" + d + ")").orElse(d.toString())));
        since.ifPresent(d -> parts.add("changed since " + d));
        return String.join("; ", parts) + "; with the records they need and every deletion";
    }

    /** Every child row's id points to the record that owns it, so a reference to a child row pulls its record. */
    private static void indexRowIds(Object value, RecordKey owner, Map<String, RecordKey> owners) {
        if (value instanceof List<?> rows) {
            for (Object row : rows) {
                Map<?, ?> fields = (Map<?, ?>) row;
                if (fields.get("id") instanceof String id) {
                    owners.putIfAbsent(id, owner);
                }
                fields.values().forEach(v -> indexRowIds(v, owner, owners));
            }
        }
    }

    private static boolean mentions(Map<String, Object> fields, String dialogueId) {
        for (Map.Entry<String, Object> f : fields.entrySet()) {
            if (f.getKey().equals(DIALOGUE_ID) && dialogueId.equals(f.getValue())) {
                return true;
            }
            if (f.getValue() instanceof List<?> rows) {
                for (Object row : rows) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> child = (Map<String, Object>) row;
                    if (mentions(child, dialogueId)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The records whose id, or a row's id, appears as a value anywhere in these fields. */
    private static Set<RecordKey> references(Map<String, Object> fields, Map<String, RecordKey> owners) {
        Set<RecordKey> out = new LinkedHashSet<>();
        collect(fields, owners, out);
        return out;
    }

    private static void collect(Object value, Map<String, RecordKey> owners, Set<RecordKey> out) {
        if (value instanceof String text) {
            RecordKey owner = owners.get(text);
            if (owner != null) {
                out.add(owner);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, owners, out));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collect(v, owners, out));
        }
    }
}
