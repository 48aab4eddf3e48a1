package org.dialoguedesk.exchange.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dialoguedesk.bundle.BundleRecord;
import org.dialoguedesk.bundle.RecordKind;
import org.dialoguedesk.bundle.VersionClock;
import org.dialoguedesk.common.BundleException;
import org.dialoguedesk.common.BundleException.Reason;
import org.dialoguedesk.exchange.bag.BagEntry;
import org.junit.jupiter.api.Test;

class ExchangeBundleReaderTest {

    private static final UUID CONTACT = UUID.fromString("11111111-2222-3333-4444-555555555555");
    private static final UUID MEETING = UUID.fromString("aaaaaaaa-2222-3333-4444-555555555555");
    private static final UUID GONE = UUID.fromString("bbbbbbbb-2222-3333-4444-555555555555");
    private static final Instant CREATED = Instant.parse("2026-11-23T10:00:00Z");

    private final ExchangeBundleJson json = new ExchangeBundleJson();
    private final ExchangeBundleReader reader = new ExchangeBundleReader();

    private static List<BundleRecord> sample() {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", "Amina El Idrissi — أمينة الإدريسي");
        contact.put("position", null);
        contact.put("revision_like", 3L);
        contact.put("share", new BigDecimal("0.125"));
        contact.put("big", new BigDecimal("123456789012345678901234567890"));
        contact.put("active", true);
        contact.put("contact_email", List.of(Map.of("email", "z@example.org", "position", 2L),
                Map.of("email", "a@example.org", "position", 1L)));
        Map<String, Object> meeting = new LinkedHashMap<>();
        meeting.put("title_en", "Border management");
        meeting.put("meeting_session", List.of(Map.of("id", "s2", "session_note", List.of(Map.of("text", "b"),
                Map.of("text", "a")))));
        return List.of(
                BundleRecord.live(RecordKind.CONTACT, CONTACT, contact, VersionClock.parse("desk-a=2;desk-b=1")),
                BundleRecord.tombstone(RecordKind.CONTACT, GONE, VersionClock.parse("desk-a=4")),
                BundleRecord.live(RecordKind.MEETING, MEETING, meeting, VersionClock.parse("desk-b=1")));
    }

    @Test
    void recordsComeBackEqualWithTheSameHashesAndChildOrder() {
        List<BundleRecord> records = sample();
        List<BundleRecord> back = reader.read(json.entries(records, CREATED));
        assertEquals(records, back);
        for (int i = 0; i < records.size(); i++) {
            assertEquals(records.get(i).contentHash(), back.get(i).contentHash());
            assertEquals(records.get(i).clock(), back.get(i).clock());
        }
        Map<String, Object> contact = back.get(0).content();
        assertInstanceOf(Long.class, contact.get("revision_like"));
        assertInstanceOf(BigDecimal.class, contact.get("share"));
        assertEquals("z@example.org", ((Map<?, ?>) ((List<?>) contact.get("contact_email")).get(0)).get("email"));
    }

    @Test
    void everyKindHasItsResourceAndTheSchemaTravelsWithThem() {
        List<BagEntry> entries = json.entries(sample(), CREATED);
        List<String> paths = entries.stream().map(BagEntry::path).toList();
        assertEquals(ExchangeBundleJson.DESCRIPTOR, paths.get(0));
        for (RecordKind kind : RecordKind.values()) {
            assertTrue(paths.contains(ExchangeBundleJson.recordsPath(kind)), kind.name());
        }
        assertTrue(paths.contains(ExchangeBundleJson.SCHEMA));
        String descriptor = new String(entries.get(0).bytes(), StandardCharsets.UTF_8);
        assertTrue(descriptor.contains("\"jsonSchema\" : \"schema/records.schema.json\""), descriptor);
        assertFalse(descriptor.contains("\"schema\""), descriptor);
    }

    @Test
    void aBundleWrittenBeforeJsonSchemaNamingItsSchemaInSchemaIsStillRead() {
        List<BundleRecord> records = sample();
        List<BagEntry> entries = new ArrayList<>(json.entries(records, CREATED));
        String descriptor = new String(entries.get(0).bytes(), StandardCharsets.UTF_8)
                .replace("\"jsonSchema\" :", "\"schema\" :");
        assertTrue(descriptor.contains("\"schema\" : \"schema/records.schema.json\""), descriptor);
        entries.set(0, new BagEntry(ExchangeBundleJson.DESCRIPTOR, descriptor.getBytes(StandardCharsets.UTF_8)));
        assertEquals(records, reader.read(entries));
    }

    @Test
    void wrongTypeIsRefusedNamingFileAndPointer() {
        BundleException e = refused(RecordKind.CONTACT, """
                [{"id":"11111111-2222-3333-4444-555555555555","kind":"contacts","clock":{"a":1},"deleted":"no","fields":{}}]""");
        assertEquals(Reason.INVALID, e.reason());
        assertTrue(e.getMessage().contains("data/records/contacts.json"), e.getMessage());
        assertTrue(e.getMessage().contains("/0/deleted"), e.getMessage());
    }

    @Test
    void aFieldHoldingAnObjectIsRefusedWithItsPointer() {
        BundleException e = refused(RecordKind.CONTACT, """
                [{"id":"11111111-2222-3333-4444-555555555555","kind":"contacts","clock":{"a":1},"deleted":false,
                  "fields":{"contact_email":[{"email":{"x":1}}]}}]""");
        assertTrue(e.getMessage().contains("/0/fields/contact_email/0/email"), e.getMessage());
    }

    @Test
    void unknownMembersKindsAndFilesAreRefused() {
        assertTrue(refused(RecordKind.CONTACT, """
                [{"id":"11111111-2222-3333-4444-555555555555","kind":"contacts","clock":{"a":1},"deleted":false,
                  "fields":{},"extra":1}]""").getMessage().contains("/0/extra"));
        assertTrue(refused(RecordKind.CONTACT, """
                [{"id":"11111111-2222-3333-4444-555555555555","kind":"meetings","clock":{"a":1},"deleted":false,
                  "fields":{}}]""").getMessage().contains("meetings"));
        List<BagEntry> entries = new ArrayList<>(json.entries(sample(), CREATED));
        String descriptor = new String(entries.get(0).bytes(), StandardCharsets.UTF_8)
                .replace("\"name\" : \"meetings\"", "\"name\" : \"passports\"");
        entries.set(0, new BagEntry(ExchangeBundleJson.DESCRIPTOR, descriptor.getBytes(StandardCharsets.UTF_8)));
        BundleException kind = assertThrows(BundleException.class, () -> reader.read(entries));
        assertTrue(kind.getMessage().contains("passports"), kind.getMessage());
        List<BagEntry> more = new ArrayList<>(json.entries(sample(), CREATED));
        more.add(new BagEntry("records/extra.json", "[]".getBytes(StandardCharsets.UTF_8)));
        assertTrue(assertThrows(BundleException.class, () -> reader.read(more)).getMessage()
                .contains("data/records/extra.json"));
    }

    @Test
    void hugeTextsDuplicatesAndDeletedRecordsWithFieldsAreRefused() {
        String huge = "x".repeat(ExchangeBundleReader.MAX_TEXT + 1);
        assertTrue(refused(RecordKind.CONTACT, "[{\"id\":\"11111111-2222-3333-4444-555555555555\",\"kind\":\"contacts\","
                + "\"clock\":{\"a\":1},\"deleted\":false,\"fields\":{\"notes\":\"" + huge + "\"}}]")
                .getMessage().contains("/0/fields/notes"));
        String one = "{\"id\":\"11111111-2222-3333-4444-555555555555\",\"kind\":\"contacts\",\"clock\":{\"a\":1},"
                + "\"deleted\":false,\"fields\":{}}";
        assertTrue(refused(RecordKind.CONTACT, "[" + one + "," + one + "]").getMessage().contains("twice"));
        String twiceNamed = refused(RecordKind.CONTACT, "[{\"id\":\"11111111-2222-3333-4444-555555555555\","
                + "\"kind\":\"contacts\",\"clock\":{\"a\":1},\"deleted\":false,\"fields\":{\"contact_email\":["
                + "{\"email\":\"a@b.org\"},{\"email\":\"c@d.org\",\"email\":\"e@f.org\"}]}}]").getMessage();
        assertTrue(twiceNamed.contains("/0/fields/contact_email/1/email") && twiceNamed.contains("twice"), twiceNamed);
        assertTrue(refused(RecordKind.CONTACT, "[{\"id\":\"11111111-2222-3333-4444-555555555555\",\"kind\":\"contacts\","
                + "\"clock\":{\"a\":1,\"a\":2},\"deleted\":false,\"fields\":{}}]").getMessage().contains("/0/clock/a"));
        assertTrue(refused(RecordKind.CONTACT, "[{\"id\":\"11111111-2222-3333-4444-555555555555\",\"kind\":\"contacts\","
                + "\"kind\":\"contacts\",\"clock\":{\"a\":1},\"deleted\":false,\"fields\":{}}]").getMessage()
                .contains("/0/kind"));
        assertTrue(refused(RecordKind.CONTACT, "[{\"id\":\"11111111-2222-3333-4444-555555555555\",\"kind\":\"contacts\","
                + "\"clock\":{\"a\":1},\"deleted\":true,\"fields\":{\"name\":\"x\"}}]").getMessage().contains("/0"));
        assertTrue(refused(RecordKind.CONTACT, "[{\"id\":\"11111111-2222-3333-4444-555555555555\",\"kind\":\"contacts\","
                + "\"clock\":{\"a\":0},\"deleted\":false,\"fields\":{}}]").getMessage().contains("/0/clock"));
        assertTrue(refused(RecordKind.CONTACT, "{\"records\":[]}").getMessage().contains("array"));
        assertTrue(refused(RecordKind.CONTACT, "[{\"id\":\"11111111-2222-3333-4444-555555555555\",\"kind\":\"con")
                .getMessage().contains("not valid JSON"), "cut off in a record");
        assertTrue(refused(RecordKind.CONTACT, "[{\"id\":1").getMessage().contains("/0/id"),
                "cut off after a value of the wrong type: the type is met first");
    }

    private BundleException refused(RecordKind kind, String recordsJson) {
        List<BagEntry> entries = new ArrayList<>(json.entries(List.of(), CREATED));
        String path = ExchangeBundleJson.recordsPath(kind);
        entries.replaceAll(e -> e.path().equals(path) ? new BagEntry(path, recordsJson.getBytes(StandardCharsets.UTF_8)) : e);
        BundleException e = assertThrows(BundleException.class, () -> reader.read(entries));
        assertEquals(Reason.INVALID, e.reason());
        return e;
    }
}
