package org.dialoguedesk.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExchangeSelectionTest {

    private static final VersionClock ONE = VersionClock.parse("a=1");
    private static final UUID D = id(1);
    private static final UUID E = id(2);
    private static final UUID ORG_USED = id(3);
    private static final UUID ORG_UNUSED = id(4);
    private static final UUID C1 = id(5);
    private static final UUID C2 = id(6);
    private static final UUID TEMPLATE = id(7);
    private static final UUID ROUND = id(8);
    private static final UUID MEETING = id(9);
    private static final UUID GONE = id(10);
    private static final String VERSION_ROW = id(11).toString();

    private final List<BundleRecord> all = List.of(
            live(RecordKind.ORGANISATION, ORG_USED, Map.of("name", "Ministry")),
            live(RecordKind.ORGANISATION, ORG_UNUSED, Map.of("name", "Agency")),
            live(RecordKind.DIALOGUE, D, Map.of("key", "MTM", "membership", List.of())),
            live(RecordKind.DIALOGUE, E, Map.of("key", "RABAT", "membership", List.of())),
            live(RecordKind.CONTACT, C1, Map.of("organisation_id", ORG_USED.toString(),
                    "contact_role", List.of(Map.of("dialogue_id", D.toString())))),
            live(RecordKind.CONTACT, C2, Map.of("contact_role", List.of(Map.of("dialogue_id", E.toString())))),
            BundleRecord.tombstone(RecordKind.CONTACT, GONE, ONE),
            live(RecordKind.QUESTIONNAIRE_TEMPLATE, TEMPLATE, Map.of("questionnaire_version",
                    List.of(Map.of("id", VERSION_ROW)))),
            live(RecordKind.QUESTIONNAIRE_ROUND, ROUND, Map.of("dialogue_id", D.toString(), "version_id", VERSION_ROW)),
            live(RecordKind.MEETING, MEETING, Map.of("dialogue_id", E.toString())));

    @Test
    void everythingIsEveryRecord() {
        assertEquals(all, ExchangeSelection.everything().select(all, Map.of(), ZoneOffset.UTC));
    }

    @Test
    void aDialogueBringsItsRecordsWhatTheyNeedAndEveryDeletion() {
        ExchangeSelection mtm = new ExchangeSelection(Optional.of(D), Optional.empty());
        assertEquals(List.of(ORG_USED, D, C1, GONE, TEMPLATE, ROUND), ids(mtm.select(all, Map.of(), ZoneOffset.UTC)));
    }

    @Test
    void sinceADayBringsWhatChangedFromItsStartAndWhatHasNoTime() {
        Map<RecordKey, Instant> changed = new java.util.HashMap<>();
        all.forEach(r -> changed.put(r.key(), Instant.parse("2026-01-01T12:00:00Z")));
        changed.put(new RecordKey(RecordKind.CONTACT, C2), Instant.parse("2026-03-01T00:00:00Z"));
        changed.remove(new RecordKey(RecordKind.MEETING, MEETING));
        ExchangeSelection since = new ExchangeSelection(Optional.empty(), Optional.of(LocalDate.parse("2026-03-01")));
        assertEquals(List.of(E, C2, GONE, MEETING), ids(since.select(all, changed, ZoneOffset.UTC)));
        ExchangeSelection both = new ExchangeSelection(Optional.of(D), Optional.of(LocalDate.parse("2026-03-01")));
        assertEquals(List.of(GONE), ids(both.select(all, changed, ZoneOffset.UTC)));
    }

    private static List<UUID> ids(List<BundleRecord> records) {
        return records.stream().map(BundleRecord::id).toList();
    }

    private static BundleRecord live(RecordKind kind, UUID id, Map<String, ?> fields) {
        return BundleRecord.live(kind, id, fields, ONE);
    }

    private static UUID id(int n) {
        return UUID.fromString(String.format("00000000-0000-0000-0000-%012d", n));
    }
}
