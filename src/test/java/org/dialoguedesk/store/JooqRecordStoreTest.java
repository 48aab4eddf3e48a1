package org.dialoguedesk.store;

import static org.dialoguedesk.store.schema.Tables.BUNDLE_IMPORT_LOG;
import static org.dialoguedesk.store.schema.Tables.CONTACT;
import static org.dialoguedesk.store.schema.Tables.CONTACT_EMAIL;
import static org.dialoguedesk.store.schema.Tables.CONTACT_ROLE;
import static org.dialoguedesk.store.schema.Tables.ORGANISATION;
import static org.dialoguedesk.store.schema.Tables.QUESTIONNAIRE_ANSWER;
import static org.dialoguedesk.store.schema.Tables.QUESTIONNAIRE_ROUND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.bundle.BundleRecord;
import org.dialoguedesk.bundle.ClockOrder;
import org.dialoguedesk.bundle.Conflict;
import org.dialoguedesk.bundle.ConflictChoice;
import org.dialoguedesk.bundle.FieldDifference;
import org.dialoguedesk.bundle.ImportLogEntry;
import org.dialoguedesk.bundle.ImportPreview;
import org.dialoguedesk.bundle.MergeClass;
import org.dialoguedesk.bundle.RecordKind;
import org.dialoguedesk.bundle.RecordMerge;
import org.dialoguedesk.bundle.VersionClock;
import org.dialoguedesk.common.StoreException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The records of real, migrated SQLite files, exchanged between two desks through the record port. */
class JooqRecordStoreTest {

    private static final Set<RecordKind> ALL = EnumSet.allOf(RecordKind.class);

    @TempDir
    Path dir;

    private static ImportLogEntry log(String outcome) {
        return new ImportLogEntry(Instant.parse("2026-11-23T10:00:00Z"), "tester", "test.ddbundle", "elsewhere",
                "counts", outcome);
    }

    private static Map<String, Object> contentOf(RecordMerge merge, RecordKind kind, String id) {
        return merge.records(EnumSet.of(kind)).stream().filter(r -> r.id().toString().equals(id)).findFirst()
                .orElseThrow().content();
    }

    @Test
    void everyLocalRecordGetsAClockOfThisDeskAndKeepsItUntilItChanges() {
        try (Desk desk = TestDesks.withSampleData(dir)) {
            RecordMerge merge = desk.recordMerge();
            List<BundleRecord> first = merge.records(ALL);
            Set<RecordKind> kinds = first.stream().map(BundleRecord::kind).collect(Collectors.toSet());
            assertTrue(kinds.containsAll(EnumSet.of(RecordKind.ORGANISATION, RecordKind.DIALOGUE, RecordKind.CONTACT,
                    RecordKind.MEETING, RecordKind.PROFILE, RecordKind.QUESTIONNAIRE_ROUND)), kinds.toString());
            VersionClock own = VersionClock.empty().bump(merge.installationId());
            assertTrue(first.stream().allMatch(r -> r.clock().equals(own) && !r.deleted()));
            assertEquals(first, merge.records(ALL), "reading again without a change bumps nothing");
        }
    }

    @Test
    void aChangedRecordCountsOneMoreChangeAndAVanishedOneBecomesATombstone() {
        try (Desk desk = TestDesks.withSampleData(dir)) {
            RecordMerge merge = desk.recordMerge();
            List<BundleRecord> before = merge.records(EnumSet.of(RecordKind.CONTACT));
            BundleRecord changed = before.get(0);
            BundleRecord removed = before.get(1);
            var dsl = desk.database().dsl();
            dsl.update(CONTACT).set(CONTACT.NOTES, "met in Rabat").where(CONTACT.ID.eq(changed.id().toString())).execute();
            desk.database().run(() -> {
                String id = removed.id().toString();
                dsl.deleteFrom(CONTACT_ROLE).where(CONTACT_ROLE.CONTACT_ID.eq(id)).execute();
                dsl.deleteFrom(CONTACT_EMAIL).where(CONTACT_EMAIL.CONTACT_ID.eq(id)).execute();
                dsl.execute("PRAGMA defer_foreign_keys = ON");
                dsl.deleteFrom(CONTACT).where(CONTACT.ID.eq(id)).execute();
                dsl.execute("DELETE FROM participant WHERE contact_id = ?", id);
                dsl.execute("UPDATE questionnaire_recipient SET focal_point_id = NULL WHERE focal_point_id = ?", id);
                dsl.execute("UPDATE contact SET merged_into = NULL WHERE merged_into = ?", id);
            });
            Map<UUID, BundleRecord> after = merge.records(EnumSet.of(RecordKind.CONTACT)).stream()
                    .collect(Collectors.toMap(BundleRecord::id, r -> r));
            String self = merge.installationId();
            assertEquals(2L, after.get(changed.id()).clock().counter(self));
            assertEquals("met in Rabat", after.get(changed.id()).content().get("notes"));
            assertTrue(after.get(removed.id()).deleted());
            assertEquals(2L, after.get(removed.id()).clock().counter(self));
            assertEquals(1L, after.get(before.get(2).id()).clock().counter(self));
        }
    }

    @Test
    void everythingExportedFromOneDeskImportsIntoAnEmptyOneAsItWas() {
        try (Desk source = TestDesks.withSampleData(dir.resolve("a")); Desk target = TestDesks.empty(dir.resolve("b"))) {
            List<BundleRecord> sent = source.recordMerge().records(ALL);
            RecordMerge merge = target.recordMerge();
            assertNotEquals(source.recordMerge().installationId(), merge.installationId());
            ImportPreview preview = merge.preview(sent);
            assertEquals(sent.size(), preview.count(MergeClass.NEW));
            merge.apply(preview, Map.of(), log("applied"));

            assertEquals(sent, merge.records(ALL), "same contents, same clocks: nothing counts as a change here");
            String someone = (String) sent.stream().filter(r -> r.kind() == RecordKind.CONTACT).findFirst().orElseThrow()
                    .content().get("name");
            assertTrue(target.contacts().search(someone).stream().anyMatch(c -> c.details().name().equals(someone)),
                    "imported contacts are in the search index, filled in one statement");
            ImportPreview again = merge.preview(sent);
            assertEquals(sent.size(), again.count(MergeClass.UNCHANGED), "importing the same bundle twice changes nothing");
            assertEquals(List.of(), again.changes(Map.of()));
            assertEquals("applied", merge.importLog().get(0).outcome());
        }
    }

    @Test
    void editsMadeApartOnBothDesksAreAConflictResolvedFieldByField() {
        try (Desk a = TestDesks.withSampleData(dir.resolve("a")); Desk b = TestDesks.empty(dir.resolve("b"))) {
            b.recordMerge().apply(b.recordMerge().preview(a.recordMerge().records(EnumSet.of(RecordKind.ORGANISATION))),
                    Map.of(), log("first"));
            String id = a.recordMerge().records(EnumSet.of(RecordKind.ORGANISATION)).get(0).id().toString();
            a.database().dsl().update(ORGANISATION).set(ORGANISATION.ACRONYM, "AAA").where(ORGANISATION.ID.eq(id)).execute();
            b.database().dsl().update(ORGANISATION).set(ORGANISATION.NAME_FR, "Nom B").where(ORGANISATION.ID.eq(id)).execute();

            RecordMerge merge = b.recordMerge();
            ImportPreview preview = merge.preview(a.recordMerge().records(EnumSet.of(RecordKind.ORGANISATION)));
            assertEquals(1, preview.count(RecordKind.ORGANISATION, MergeClass.CONFLICT));
            Conflict conflict = preview.conflicts().get(0);
            assertEquals(List.of("acronym", "name_fr"), conflict.differences().stream().map(FieldDifference::field).toList());
            BundleRecord resolved = conflict.resolve(Map.of("acronym", ConflictChoice.INCOMING,
                    "name_fr", ConflictChoice.LOCAL), merge.installationId());
            merge.apply(preview, Map.of(conflict.key(), resolved), log("resolved"));

            Map<String, Object> onB = contentOf(merge, RecordKind.ORGANISATION, id);
            assertEquals("AAA", onB.get("acronym"));
            assertEquals("Nom B", onB.get("name_fr"));
            ImportPreview back = a.recordMerge().preview(merge.records(EnumSet.of(RecordKind.ORGANISATION)));
            assertEquals(1, back.count(RecordKind.ORGANISATION, MergeClass.UPDATED), "A takes B's merge as newer");
            assertEquals(0, back.count(MergeClass.CONFLICT));
            long revision = b.database().dsl().select(ORGANISATION.REVISION).from(ORGANISATION)
                    .where(ORGANISATION.ID.eq(id)).fetchOne(ORGANISATION.REVISION);
            assertTrue(revision >= 2, "screens holding the old copy are told it changed");
        }
    }

    @Test
    void anImportThatWouldBreakAReferenceKeepsNothing() {
        try (Desk a = TestDesks.withSampleData(dir.resolve("a")); Desk b = TestDesks.empty(dir.resolve("b"))) {
            List<BundleRecord> contacts = a.recordMerge().records(EnumSet.of(RecordKind.CONTACT)).stream()
                    .filter(r -> r.content().get("organisation_id") != null).toList();
            RecordMerge merge = b.recordMerge();
            ImportPreview preview = merge.preview(contacts);
            StoreException e = assertThrows(StoreException.class, () -> merge.apply(preview, Map.of(), log("x")));
            assertTrue(e.getMessage().contains("organisation") || e.getMessage().contains("dialogue"), e.getMessage());
            assertEquals(0, b.database().dsl().fetchCount(CONTACT));
            assertEquals(0, b.database().dsl().fetchCount(BUNDLE_IMPORT_LOG));
            assertEquals(List.of(), merge.records(EnumSet.of(RecordKind.CONTACT)));
            assertEquals(1, b.database().dsl().fetchCount(DSL.table("sqlite_master"),
                    DSL.field("name").eq("contact_fts_after_insert")), "the search index's trigger set aside is back");
            assertEquals(0, b.database().dsl().fetchCount(DSL.table("contact_fts")), "nothing indexed either");
        }
    }

    @Test
    void aRecordOfAnotherSchemaIsRefusedNamingItsFields() {
        try (Desk b = TestDesks.empty(dir)) {
            RecordMerge merge = b.recordMerge();
            BundleRecord odd = BundleRecord.live(RecordKind.ORGANISATION, UUID.randomUUID(),
                    Map.of("name_en", "X", "colour", "red"), VersionClock.empty().bump("elsewhere"));
            StoreException e = assertThrows(StoreException.class,
                    () -> merge.apply(merge.preview(List.of(odd)), Map.of(), log("x")));
            assertTrue(e.getMessage().contains("unknown fields [colour]"), e.getMessage());
            assertEquals(0, b.database().dsl().fetchCount(ORGANISATION));
        }
    }

    @Test
    void aDeletionThatSawTheLocalCopyRemovesTheRecordAndItsChildren() {
        try (Desk a = TestDesks.withSampleData(dir.resolve("a")); Desk b = TestDesks.empty(dir.resolve("b"))) {
            Set<RecordKind> kinds = EnumSet.of(RecordKind.ORGANISATION, RecordKind.DIALOGUE, RecordKind.CONTACT);
            b.recordMerge().apply(b.recordMerge().preview(a.recordMerge().records(kinds)), Map.of(), log("first"));
            BundleRecord contact = b.recordMerge().records(EnumSet.of(RecordKind.CONTACT)).stream()
                    .filter(r -> !((List<?>) r.content().get("contact_email")).isEmpty()).findFirst().orElseThrow();
            BundleRecord deletion = BundleRecord.tombstone(RecordKind.CONTACT, contact.id(), contact.clock().bump("elsewhere"));
            assertEquals(ClockOrder.AFTER, deletion.clock().compareTo(contact.clock()));
            RecordMerge merge = b.recordMerge();
            merge.apply(merge.preview(List.of(deletion)), Map.of(), log("deleted"));
            String id = contact.id().toString();
            assertEquals(0, b.database().dsl().fetchCount(CONTACT, CONTACT.ID.eq(id)));
            assertEquals(0, b.database().dsl().fetchCount(CONTACT_EMAIL, CONTACT_EMAIL.CONTACT_ID.eq(id)));
            BundleRecord stored = merge.records(EnumSet.of(RecordKind.CONTACT)).stream()
                    .filter(r -> r.id().equals(contact.id())).findFirst().orElseThrow();
            assertTrue(stored.deleted());
            assertEquals(deletion.clock(), stored.clock());
            assertFalse(merge.importLog().isEmpty());
        }
    }

    @Test
    void aContactMergedFieldByFieldGetsItsSearchTextWorkedOutAgainAndNoSpuriousEdit() {
        try (Desk a = TestDesks.withSampleData(dir.resolve("a")); Desk b = TestDesks.empty(dir.resolve("b"))) {
            Set<RecordKind> kinds = EnumSet.of(RecordKind.ORGANISATION, RecordKind.DIALOGUE, RecordKind.CONTACT);
            b.recordMerge().apply(b.recordMerge().preview(a.recordMerge().records(kinds)), Map.of(), log("first"));
            String id = a.recordMerge().records(EnumSet.of(RecordKind.CONTACT)).get(0).id().toString();
            a.database().dsl().update(CONTACT).set(CONTACT.NAME, "Zacharie Quenneville").set(CONTACT.SEARCH_TEXT, "zacharie")
                    .where(CONTACT.ID.eq(id)).execute();
            b.database().dsl().update(CONTACT).set(CONTACT.POSITION, "Head of unit").set(CONTACT.SEARCH_TEXT, "unit")
                    .where(CONTACT.ID.eq(id)).execute();
            RecordMerge merge = b.recordMerge();
            ImportPreview preview = merge.preview(a.recordMerge().records(EnumSet.of(RecordKind.CONTACT)));
            Conflict conflict = preview.conflicts().get(0);
            assertEquals(List.of("name", "position"), conflict.differences().stream().map(FieldDifference::field).toList(),
                    "derived fields are no choice");
            BundleRecord resolved = conflict.resolve(Map.of("name", ConflictChoice.INCOMING, "position", ConflictChoice.LOCAL),
                    merge.installationId());
            merge.apply(preview, Map.of(conflict.key(), resolved), log("merged"));

            Map<String, Object> stored = contentOf(merge, RecordKind.CONTACT, id);
            assertEquals("Zacharie Quenneville", stored.get("name"));
            assertEquals("Head of unit", stored.get("position"));
            assertTrue(((String) stored.get("search_text")).contains("zacharie quenneville"), stored.toString());
            BundleRecord again = merge.records(EnumSet.of(RecordKind.CONTACT)).stream()
                    .filter(r -> r.id().toString().equals(id)).findFirst().orElseThrow();
            assertEquals(resolved.clock(), again.clock(), "working out the search text again is no edit");
        }
    }

    @Test
    void anImportIsRefusedWhenTheLocalRecordChangedAfterThePreview() {
        try (Desk a = TestDesks.withSampleData(dir.resolve("a")); Desk b = TestDesks.empty(dir.resolve("b"))) {
            RecordMerge merge = b.recordMerge();
            merge.apply(merge.preview(a.recordMerge().records(EnumSet.of(RecordKind.ORGANISATION))), Map.of(), log("first"));
            String id = a.recordMerge().records(EnumSet.of(RecordKind.ORGANISATION)).get(0).id().toString();
            a.database().dsl().update(ORGANISATION).set(ORGANISATION.ACRONYM, "AAA").where(ORGANISATION.ID.eq(id)).execute();
            ImportPreview preview = merge.preview(a.recordMerge().records(EnumSet.of(RecordKind.ORGANISATION)));
            b.database().dsl().update(ORGANISATION).set(ORGANISATION.ACRONYM, "BBB").where(ORGANISATION.ID.eq(id)).execute();
            StoreException e = assertThrows(StoreException.class, () -> merge.apply(preview, Map.of(), log("x")));
            assertTrue(e.getMessage().contains(id), e.getMessage());
            assertEquals("BBB", contentOf(merge, RecordKind.ORGANISATION, id).get("acronym"));
            assertEquals(1, merge.importLog().size());
        }
    }

    @Test
    void anUpdateReplacesTheChildRowsAndRaisesTheirRevisions() {
        try (Desk a = TestDesks.withSampleData(dir.resolve("a")); Desk b = TestDesks.empty(dir.resolve("b"))) {
            Set<RecordKind> kinds = EnumSet.of(RecordKind.ORGANISATION, RecordKind.DIALOGUE, RecordKind.CONTACT);
            RecordMerge merge = b.recordMerge();
            merge.apply(merge.preview(a.recordMerge().records(kinds)), Map.of(), log("first"));
            BundleRecord contact = a.recordMerge().records(EnumSet.of(RecordKind.CONTACT)).stream()
                    .filter(r -> !((List<?>) r.content().get("contact_email")).isEmpty()
                            && !((List<?>) r.content().get("contact_role")).isEmpty())
                    .findFirst().orElseThrow();
            String id = contact.id().toString();
            a.database().dsl().update(CONTACT_EMAIL).set(CONTACT_EMAIL.EMAIL, "new@example.org")
                    .set(CONTACT_EMAIL.EMAIL_KEY, "new@example.org")
                    .where(CONTACT_EMAIL.CONTACT_ID.eq(id), CONTACT_EMAIL.ORDINAL.eq(0L)).execute();

            ImportPreview preview = merge.preview(a.recordMerge().records(kinds));
            assertEquals(1, preview.count(RecordKind.CONTACT, MergeClass.UPDATED));
            assertEquals(preview.records().size() - 1, preview.count(MergeClass.UNCHANGED));
            merge.apply(preview, Map.of(), log("second"));

            var dsl = b.database().dsl();
            assertEquals("new@example.org", dsl.select(CONTACT_EMAIL.EMAIL).from(CONTACT_EMAIL)
                    .where(CONTACT_EMAIL.CONTACT_ID.eq(id), CONTACT_EMAIL.ORDINAL.eq(0L)).fetchOne(CONTACT_EMAIL.EMAIL));
            assertEquals(List.of(2L), dsl.selectDistinct(CONTACT_ROLE.REVISION).from(CONTACT_ROLE)
                    .where(CONTACT_ROLE.CONTACT_ID.eq(id)).fetch(CONTACT_ROLE.REVISION));
            assertEquals(2L, dsl.select(CONTACT.REVISION).from(CONTACT).where(CONTACT.ID.eq(id)).fetchOne(CONTACT.REVISION));
            assertEquals(contentOf(a.recordMerge(), RecordKind.CONTACT, id), contentOf(merge, RecordKind.CONTACT, id));
        }
    }

    @Test
    void anAnswerGivingAKeyTwiceIsRefusedNamingItAndNothingIsKept() {
        try (Desk a = TestDesks.withSampleData(dir.resolve("a")); Desk b = TestDesks.empty(dir.resolve("b"))) {
            List<BundleRecord> sent = new ArrayList<>(a.recordMerge().records(ALL));
            int at = -1;
            for (int i = 0; i < sent.size() && at < 0; i++) {
                if (sent.get(i).kind() == RecordKind.QUESTIONNAIRE_ROUND && duplicateFirstValue(sent.get(i).content()) != null) {
                    at = i;
                }
            }
            BundleRecord round = sent.get(at);
            Map<String, Object> broken = duplicateFirstValue(round.content());
            sent.set(at, BundleRecord.live(RecordKind.QUESTIONNAIRE_ROUND, round.id(), broken, round.clock()));
            RecordMerge merge = b.recordMerge();
            ImportPreview preview = merge.preview(sent);
            StoreException e = assertThrows(StoreException.class, () -> merge.apply(preview, Map.of(), log("x")));
            assertTrue(e.getMessage().contains("questionnaire-rounds record " + round.id())
                    && e.getMessage().contains("twice in 'questionnaire_answer_value.answer_key'"), e.getMessage());
            assertEquals(0, b.database().dsl().fetchCount(QUESTIONNAIRE_ROUND));
            assertEquals(0, b.database().dsl().fetchCount(QUESTIONNAIRE_ANSWER));
            assertEquals(0, b.database().dsl().fetchCount(BUNDLE_IMPORT_LOG));
        }
    }

    /** A copy of a round's content whose first answer with values gives its first value twice; null if none has values. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> duplicateFirstValue(Map<String, Object> round) {
        Map<String, Object> copy = (Map<String, Object>) deepCopy(round);
        for (Object recipient : (List<Object>) copy.get("questionnaire_recipient")) {
            for (Object answer : (List<Object>) ((Map<String, Object>) recipient).get("questionnaire_answer")) {
                List<Object> values = (List<Object>) ((Map<String, Object>) answer).get("questionnaire_answer_value");
                if (!values.isEmpty()) {
                    Map<String, Object> again = new LinkedHashMap<>((Map<String, Object>) values.get(0));
                    again.put("position", 99L);
                    values.add(again);
                    return copy;
                }
            }
        }
        return null;
    }

    private static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, deepCopy(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(deepCopy(v)));
            return out;
        }
        return value;
    }
}
