package org.dialoguedesk.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One officer's desk in memory, built on the bundle core alone: records with their clocks, plus, for
 * the test's eyes only, the set of edits each record's copy has seen (its history). Histories travel
 * beside the records and give an answer to "who saw whom" that owes nothing to version clocks, so the
 * clocks' verdicts can be checked against them.
 */
final class SimulatedDesk {

    static final List<String> FIELDS = List.of("name", "phones", "notes");

    /** A record as shipped, with the history that the test keeps beside it. */
    record Shipment(BundleRecord record, Set<String> history) {
    }

    final String installation;
    final Map<RecordKey, BundleRecord> records = new TreeMap<>();
    final Map<RecordKey, Set<String>> histories = new HashMap<>();
    private final Set<List<Object>> surfaced = new HashSet<>();

    SimulatedDesk(String installation) {
        this.installation = installation;
    }

    List<BundleRecord> live() {
        return records.values().stream().filter(r -> !r.deleted()).toList();
    }

    void create(RecordKind kind, UUID id, String event, EditLedger ledger) {
        RecordKey key = new RecordKey(kind, id);
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = event + "-" + field;
            fields.put(field, value);
            ledger.made(new EditLedger.Edit(key, field, value));
        }
        store(BundleRecord.live(kind, id, fields, VersionClock.empty().bump(installation)), Set.of(event));
    }

    void update(BundleRecord record, String field, String event, EditLedger ledger) {
        ledger.setAside(new EditLedger.Edit(record.key(), field, record.content().get(field)));
        Map<String, Object> fields = new LinkedHashMap<>(record.content());
        fields.put(field, event);
        ledger.made(new EditLedger.Edit(record.key(), field, event));
        store(BundleRecord.live(record.kind(), record.id(), fields, record.clock().bump(installation)),
                with(histories.get(record.key()), event));
    }

    void delete(BundleRecord record, String event, EditLedger ledger) {
        record.content().forEach((field, value) -> ledger.setAside(new EditLedger.Edit(record.key(), field, value)));
        ledger.made(new EditLedger.Edit(record.key(), null, event));
        store(BundleRecord.tombstone(record.kind(), record.id(), record.clock().bump(installation)),
                with(histories.get(record.key()), event));
    }

    List<Shipment> ship(long subset) {
        List<Shipment> out = new ArrayList<>();
        int i = 0;
        for (BundleRecord record : records.values()) {
            if ((subset >>> (i++ % 64) & 1L) == 1L) {
                out.add(new Shipment(record, histories.get(record.key())));
            }
        }
        return out;
    }

    /**
     * Imports shipped records: checks every classification against the histories, resolves each
     * conflict by the given choice bits (noting in the ledger what each choice set aside), applies.
     *
     * @return the number of conflicts surfaced
     */
    int receive(List<Shipment> shipments, long choiceBits, EditLedger ledger, String resolutionEvent) {
        Map<RecordKey, Set<String>> incomingHistories = new HashMap<>();
        List<BundleRecord> incoming = new ArrayList<>();
        Map<RecordKey, BundleRecord> incomingByKey = new HashMap<>();
        for (Shipment s : shipments) {
            incoming.add(s.record());
            incomingByKey.put(s.record().key(), s.record());
            incomingHistories.put(s.record().key(), s.history());
        }
        ImportPreview preview = ImportPreview.of(incoming, key -> Optional.ofNullable(records.get(key)));
        for (ClassifiedRecord c : preview.records()) {
            MergeClass expected = expectedClass(incomingByKey.get(c.key()), incomingHistories.get(c.key()));
            if (c.mergeClass() != expected) {
                throw new AssertionError(installation + " classified " + c.key() + " as " + c.mergeClass()
                        + " where the histories say " + expected + ": local " + c.local() + " " + histories.get(c.key())
                        + ", incoming " + c.incoming() + " " + incomingHistories.get(c.key()));
            }
        }
        Map<RecordKey, BundleRecord> resolutions = new HashMap<>();
        Map<RecordKey, String> resolutionEvents = new HashMap<>();
        int bit = 0;
        for (Conflict conflict : preview.conflicts()) {
            List<Object> identity = List.of(conflict.key(), histories.get(conflict.key()),
                    incomingHistories.get(conflict.key()));
            if (!surfaced.add(identity)) {
                throw new AssertionError(installation + " was shown the same conflict twice: " + identity);
            }
            Map<String, ConflictChoice> choices = new HashMap<>();
            for (FieldDifference d : conflict.differences()) {
                ConflictChoice choice = (choiceBits >>> (bit++ % 64) & 1L) == 1L ? ConflictChoice.LOCAL : ConflictChoice.INCOMING;
                choices.put(d.field(), choice);
                setAside(conflict, d, choice, incomingHistories.get(conflict.key()), ledger);
            }
            BundleRecord resolved = conflict.resolve(choices, installation);
            VersionClock merged = conflict.local().clock().merge(conflict.incoming().clock());
            boolean differsFromIncoming = !resolved.sameContentAs(conflict.incoming());
            if (!resolved.clock().equals(differsFromIncoming ? merged.bump(installation) : merged)) {
                throw new AssertionError("Resolved clock " + resolved.clock() + " after merging to " + merged);
            }
            if (differsFromIncoming) {
                resolutionEvents.put(conflict.key(), resolutionEvent + "-" + conflict.key().id());
            }
            resolutions.put(conflict.key(), resolved);
        }
        for (BundleRecord change : preview.changes(resolutions)) {
            Set<String> history = new HashSet<>(histories.getOrDefault(change.key(), Set.of()));
            history.addAll(incomingHistories.get(change.key()));
            Optional.ofNullable(resolutionEvents.get(change.key())).ifPresent(history::add);
            store(change, history);
        }
        return preview.conflicts().size();
    }

    private void setAside(Conflict conflict, FieldDifference d, ConflictChoice choice, Set<String> incomingHistory,
            EditLedger ledger) {
        BundleRecord rejected = choice == ConflictChoice.LOCAL ? conflict.incoming() : conflict.local();
        if (conflict.isDeletion()) {
            if (rejected.deleted()) {
                Set<String> rejectedHistory = rejected == conflict.local() ? histories.get(conflict.key()) : incomingHistory;
                rejectedHistory.forEach(event -> ledger.setAside(new EditLedger.Edit(conflict.key(), null, event)));
            } else {
                rejected.content().forEach((field, value) -> ledger.setAside(new EditLedger.Edit(conflict.key(), field, value)));
            }
        } else {
            Object value = choice == ConflictChoice.LOCAL ? d.incomingValue() : d.localValue();
            ledger.setAside(new EditLedger.Edit(conflict.key(), d.field(), value));
        }
    }

    /** What the histories alone say the incoming copy is. */
    private MergeClass expectedClass(BundleRecord incoming, Set<String> incomingHistory) {
        BundleRecord local = records.get(incoming.key());
        if (local == null) {
            return MergeClass.NEW;
        }
        if (local.sameContentAs(incoming)) {
            return MergeClass.UNCHANGED;
        }
        Set<String> localHistory = histories.get(incoming.key());
        if (!localHistory.equals(incomingHistory) && localHistory.containsAll(incomingHistory)) {
            return MergeClass.LOCAL_NEWER;
        }
        if (!localHistory.equals(incomingHistory) && incomingHistory.containsAll(localHistory)) {
            return MergeClass.UPDATED;
        }
        return MergeClass.CONFLICT;
    }

    private void store(BundleRecord record, Set<String> history) {
        records.put(record.key(), record);
        histories.put(record.key(), Set.copyOf(history));
    }

    private static Set<String> with(Set<String> history, String event) {
        Set<String> next = new HashSet<>(history);
        next.add(event);
        return next;
    }
}
