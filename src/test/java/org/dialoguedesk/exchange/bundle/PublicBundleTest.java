package org.dialoguedesk.exchange.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.bundle.LeakCheckRefusedException;
import org.dialoguedesk.bundle.LeakFinding;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.exchange.bag.BagEntry;
import org.dialoguedesk.profile.Access;
import org.dialoguedesk.profile.Profile;
import org.dialoguedesk.profile.ProfileSection;
import org.dialoguedesk.roster.Contact;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A public bundle of the sample data: what it carries, that it follows its own schemas, that restricted
 * material never appears, and that the leak check refuses a payload quoting personal data. The sample desk
 * with every profile published is made once; tests that only read share one open copy and its bundle, and
 * tests that write get a copy of their own.
 */
class PublicBundleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MAR = "mtm-country-MAR";

    @TempDir
    static Path classDir;
    private static Path publishedFile;
    private static Desk shared;
    private static PublicBundleContents.Checked sharedBundle;

    @TempDir
    Path dir;

    @BeforeAll
    static void publishTheSampleOnce() throws IOException {
        try (Desk desk = TestDesks.withSampleData(classDir.resolve("published"))) {
            desk.profiles().profiles().forEach(p -> desk.profilePublishing().publish(p.id()));
            publishedFile = classDir.resolve("published").resolve("desk.db");
        }
        shared = copyOfPublished(classDir.resolve("shared"));
        sharedBundle = shared.bundles().publicBundle(Optional.empty());
    }

    @AfterAll
    static void closeTheSharedDesk() {
        shared.close();
    }

    /** A copy of the sample desk with every sample profile published as it stands, for a test that writes. */
    private Desk published() throws IOException {
        return copyOfPublished(dir);
    }

    private static Desk copyOfPublished(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.copy(publishedFile, folder.resolve("desk.db"));
        return TestDesks.withSampleData(folder);
    }

    private static Map<String, JsonNode> files(List<BagEntry> entries) throws IOException {
        Map<String, JsonNode> files = new java.util.LinkedHashMap<>();
        for (BagEntry e : entries) {
            files.put(e.path(), JSON.readTree(e.bytes()));
        }
        return files;
    }

    private static Profile profile(Desk desk, String key) {
        return desk.profiles().profiles().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }

    /** Writes into a public section of Morocco's profile and publishes it as a new version. */
    private static void publishWithText(Desk desk, String text) {
        Profile p = profile(desk, MAR);
        desk.profiles().saveText(p.id(), "background", Lang.EN, "Context of the year.\n\n" + text + "\n");
        desk.profilePublishing().publish(p.id());
    }

    private static List<LeakFinding> refusal(Desk desk) {
        return assertThrows(LeakCheckRefusedException.class, () -> desk.bundles().publicBundle(Optional.empty())).findings();
    }

    @Test
    void samplePublicBundlePassesTheLeakCheckAndCarriesWhatTheWebsiteShows() throws IOException {
        Desk desk = shared;
        PublicBundleContents.Checked checked = sharedBundle;
        Map<String, JsonNode> files = files(checked.entries());
        assertEquals(List.of("datapackage.json", "resources/profiles.json", "schema/profiles.schema.json",
                "resources/dialogues.json", "schema/dialogues.schema.json", "resources/news.json",
                "schema/news.schema.json", "resources/contacts.json", "schema/contacts.schema.json"),
                List.copyOf(files.keySet()));
        assertTrue(checked.textsChecked() > 1000, checked.leakCheckTag());

        Set<String> published = desk.contacts().all().stream().filter(c -> c.details().publicationConsent())
                .map(Contact::name).collect(Collectors.toSet());
        assertEquals(6, published.size());
        Set<String> named = new HashSet<>();
        files.get("resources/contacts.json").forEach(c -> named.add(c.get("name").asText()));
        assertEquals(published, named);
        JsonNode karim = findBy(files.get("resources/contacts.json"), "name", "Karim Lahlou");
        assertEquals(Set.of("id", "name", "nameAr", "position", "organisationId", "organisation", "roles"),
                fieldNames(karim));
        String all = checked.entries().stream().map(e -> new String(e.bytes(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("\n"));
        assertFalse(all.contains("@example."), "no email in a public bundle");
        assertFalse(all.contains("Youssef El Idrissi"), "a contact who did not agree is not named");

        JsonNode news = files.get("resources/news.json");
        assertEquals(2, news.size(), "the held sample meeting in English and French");
        assertEquals(Set.of("en", "fr"), Set.of(news.get(0).get("language").asText(), news.get(1).get("language").asText()));
        assertTrue(news.get(0).get("body").asText().contains("80 participants"), news.get(0).toString());
        assertTrue(files.get("resources/dialogues.json").size() >= 4);
        JsonNode descriptor = files.get("datapackage.json");
        assertEquals("1.0.0", descriptor.get("version").asText());
        assertEquals(4, descriptor.get("resources").size());
        descriptor.get("resources").forEach(r -> {
            assertTrue(files.containsKey(r.get("path").asText()), r.toString());
            assertTrue(files.containsKey(r.get(PublicBundleJson.JSON_SCHEMA).asText()), r.toString());
            assertFalse(r.has("schema"), "v2 keeps schema for a Table Schema: " + r);
            assertEquals("application/json", r.get("mediatype").asText());
        });
    }

    @Test
    void everyResourceFollowsTheSchemaWrittenNextToIt() throws IOException {
        Map<String, JsonNode> files = files(sharedBundle.entries());
        for (JsonNode r : files.get("datapackage.json").get("resources")) {
            JsonNode data = files.get(r.get("path").asText());
            assertTrue(data.size() > 0, r.get("name") + " is empty");
            assertEquals(List.of(), SchemaShape.check(files.get(r.get(PublicBundleJson.JSON_SCHEMA).asText()), data),
                    r.get("name").asText());
        }
    }

    @Test
    void theShapeCheckFindsAFieldTheSchemaDoesNotAllowAndAWrongType() throws IOException {
        Map<String, JsonNode> files = files(sharedBundle.entries());
        JsonNode contacts = files.get("resources/contacts.json").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) contacts.get(0)).put("email", "x@example.org");
        ((com.fasterxml.jackson.databind.node.ObjectNode) contacts.get(1)).put("id", 12);
        List<String> errors = SchemaShape.check(files.get("schema/contacts.schema.json"), contacts);
        assertEquals(2, errors.size(), errors.toString());
    }

    @Test
    void restrictedSectionsAndRestrictedProfilesNeverAppear() throws IOException {
        Desk desk = shared;
        Map<String, JsonNode> files = files(sharedBundle.entries());
        Profile mar = profile(desk, MAR);
        Set<String> restricted = desk.profiles().sections(mar.id()).stream()
                .filter(s -> s.access() == Access.RESTRICTED).map(ProfileSection::code).collect(Collectors.toSet());
        assertEquals(Set.of("detection", "smuggling_trafficking", "return"), restricted);
        JsonNode profiles = files.get("resources/profiles.json");
        JsonNode marJson = findBy(profiles, "key", MAR);
        Set<String> sections = new HashSet<>();
        marJson.get("sections").forEach(s -> sections.add(s.get("section").asText()));
        assertTrue(sections.contains("background"), sections.toString());
        assertTrue(java.util.Collections.disjoint(sections, restricted), sections.toString());
        Set<String> keys = new HashSet<>();
        profiles.forEach(p -> keys.add(p.get("key").asText()));
        desk.profiles().profiles().stream().filter(p -> p.access() == Access.RESTRICTED)
                .forEach(p -> assertFalse(keys.contains(p.key()), p.key()));
        assertTrue(desk.profiles().profiles().stream().anyMatch(p -> p.access() == Access.RESTRICTED));
    }

    @Test
    void refusesWhenPublicTextQuotesAContactsEmail() throws IOException {
        try (Desk desk = published()) {
            publishWithText(desk, "Write to the focal point at K.Lahlou@example.gov for details.");
            List<LeakFinding> findings = refusal(desk);
            assertEquals(1, findings.size(), findings.toString());
            LeakFinding f = findings.get(0);
            assertEquals(LeakFinding.Kind.EMAIL, f.what());
            assertEquals("Karim Lahlou", f.source());
            assertTrue(f.where().startsWith("resources/profiles.json $["), f.where());
            assertTrue(f.where().endsWith(".markdown"), f.where());
            assertTrue(f.excerpt().contains("K.Lahlou@example.gov"), f.excerpt());
        }
    }

    @Test
    void refusesWhenPublicTextQuotesAContactsPhoneEvenWrittenAsALocalNumber() throws IOException {
        try (Desk desk = published()) {
            publishWithText(desk, "The directorate answers on 0537-000-101 on weekdays.");
            List<LeakFinding> findings = refusal(desk);
            assertEquals(List.of(LeakFinding.Kind.PHONE), findings.stream().map(LeakFinding::what).toList());
            assertEquals("Karim Lahlou", findings.get(0).source());
        }
    }

    @Test
    void refusesWhenPublicTextNamesAContactWhoDidNotAgreeHoweverTheNameIsSpelt() throws IOException {
        try (Desk desk = published()) {
            publishWithText(desk, "Opening remarks by MOHAMED BEN-ALI of the Ministry.");
            List<LeakFinding> findings = refusal(desk);
            assertFalse(findings.isEmpty());
            assertTrue(findings.stream().allMatch(f -> f.what() == LeakFinding.Kind.CONTACT_NAME), findings.toString());
            assertTrue(findings.stream().anyMatch(f -> f.excerpt().contains("MOHAMED BEN-ALI")), findings.toString());
            String message = new Messages(Lang.EN).format(
                    assertThrows(LeakCheckRefusedException.class, () -> desk.bundles().publicBundle(Optional.empty()))
                            .problems().get(0));
            assertTrue(message.contains("MOHAMED BEN-ALI"), message);
        }
    }

    @Test
    void aContactWhoAgreedMayBeNamedInPublicText() throws IOException {
        try (Desk desk = published()) {
            publishWithText(desk, "Karim Lahlou presented the national strategy.");
            assertTrue(desk.bundles().publicBundle(Optional.empty()).textsChecked() > 0);
        }
    }

    @Test
    void refusesWhenPublicTextQuotesARestrictedSectionEvenCopiedIntoAPublicSectionOfTheSameProfile()
            throws IOException {
        try (Desk desk = published()) {
            Profile mar = profile(desk, MAR);
            String secret = desk.profiles().text(mar.id(), "detection", Lang.EN).orElseThrow().markdown();
            String sentence = secret.lines().filter(s -> s.split("\\s+").length > 12)
                    .filter(s -> !s.contains("Sample text")).findFirst().orElseThrow();
            // copied as a line of its own into one public section of the same profile, and quoted in capitals
            publishWithText(desk, sentence + "\n\nAs noted: " + sentence.toUpperCase(java.util.Locale.ROOT));
            List<LeakFinding> findings = refusal(desk);
            assertEquals(List.of(LeakFinding.Kind.RESTRICTED_SECTION),
                    findings.stream().map(LeakFinding::what).distinct().toList());
            assertTrue(findings.get(0).source().startsWith(MAR + " / detection"), findings.get(0).source());
        }
    }

    @Test
    void refusesWhenPublicTextQuotesAChathamHouseNote() throws IOException {
        try (Desk desk = published()) {
            var meeting = desk.meetings().meetings().get(0);
            var session = desk.meetings().sessions(meeting.id()).get(0);
            desk.conclusions().addNote(meeting.id(), session.id(),
                    "One delegation considered that the readmission clauses should be reopened before spring.");
            publishWithText(desk, "It was said that one delegation considered that the readmission clauses should be "
                    + "reopened before spring.");
            List<LeakFinding> findings = refusal(desk);
            assertEquals(List.of(LeakFinding.Kind.CHATHAM_HOUSE_NOTE),
                    findings.stream().map(LeakFinding::what).toList());
        }
    }

    @Test
    void refusesWhenAPublicSectionQuotesPartOfAChathamHouseNote() throws IOException {
        try (Desk desk = published()) {
            var meeting = desk.meetings().meetings().get(0);
            var session = desk.meetings().sessions(meeting.id()).get(0);
            desk.conclusions().addNote(meeting.id(), session.id(), "Speaking for the interior ministry, one delegate "
                    + "said that the readmission clauses should be reopened before spring, whatever the others said.");
            publishWithText(desk, "Some said the readmission clauses should be reopened before spring next year.");
            List<LeakFinding> findings = refusal(desk);
            assertEquals(List.of(LeakFinding.Kind.CHATHAM_HOUSE_NOTE),
                    findings.stream().map(LeakFinding::what).toList());
            assertTrue(findings.get(0).excerpt().contains("the readmission clauses should be reopened before spring"),
                    findings.get(0).excerpt());
        }
    }

    @Test
    void aBundleOfOneDialogueCarriesOnlyThatDialogue() throws IOException {
        Desk desk = shared;
        var rabat = desk.roster().dialogueByKey("RABAT").orElseThrow();
        Map<String, JsonNode> files = files(desk.bundles().publicBundle(Optional.of(rabat.meta().id())).entries());
        assertEquals(1, files.get("resources/dialogues.json").size());
        files.get("resources/contacts.json").forEach(c -> c.get("roles").forEach(r ->
                assertEquals(rabat.meta().id().toString(), r.get("dialogueId").asText())));
        files.get("resources/profiles.json").forEach(p ->
                assertEquals(rabat.meta().id().toString(), p.get("dialogueId").asText()));
    }

    private static JsonNode findBy(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.path(field).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError(value + " not in " + array);
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
