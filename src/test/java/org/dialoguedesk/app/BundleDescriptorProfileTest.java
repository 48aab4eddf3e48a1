package org.dialoguedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.exchange.bundle.PublicBundleJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code datapackage.json} of real bundles of the sample data, exported by the command as an officer
 * would, against the official Frictionless Data Package v2 profile and each resource against the Data
 * Resource profile (both vendored under {@code profiles/2.0/}, see the README there), with an independent
 * validator (networknt, draft-07 as the profiles declare, formats asserted). Each JSON Schema a resource
 * names must travel in the bundle.
 */
class BundleDescriptorProfileTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROFILES = "/org/dialoguedesk/exchange/bundle/profiles/2.0/";

    @TempDir
    static Path dir;
    private static Schema profile;
    private static Schema resourceProfile;
    private static Map<String, JsonNode> exchange;
    private static Map<String, JsonNode> published;

    @BeforeAll
    static void exportBothBundlesOfTheSampleDesk() throws IOException {
        profile = profile("datapackage.json");
        resourceProfile = profile("dataresource.json");
        Path db = dir.resolve("desk").resolve("desk.db");
        TestDesks.withSampleData(db.getParent()).close();
        exchange = exported(db, "exchange");
        published = exported(db, "public");
    }

    private static Schema profile(String file) throws IOException {
        try (InputStream in = BundleDescriptorProfileTest.class.getResourceAsStream(PROFILES + file)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }

    private static Map<String, JsonNode> exported(Path db, String scope) throws IOException {
        Path bundle = dir.resolve(scope + ".ddbundle");
        CommandRun run = CommandRun.of("--db", db.toString(), "bundle", "export", "--scope", scope,
                "--out", bundle.toString());
        assertEquals(0, run.code(), run.err());
        Map<String, JsonNode> files = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            zip.stream().filter(e -> e.getName().contains("/data/") && e.getName().endsWith(".json"))
                    .forEach(e -> files.put(e.getName().substring(e.getName().indexOf("/data/") + 6), read(zip, e)));
        }
        return files;
    }

    private static JsonNode read(ZipFile zip, ZipEntry entry) {
        try (InputStream in = zip.getInputStream(entry)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> violations(JsonNode descriptor) {
        return violations(profile, descriptor);
    }

    private static List<String> violations(Schema schema, JsonNode descriptor) {
        List<Error> errors = schema.validate(descriptor,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        return errors.stream().map(Error::toString).toList();
    }

    @Test
    void theExchangeDescriptorFollowsTheDataPackageV2Profile() {
        assertFollowsTheProfiles(exchange, "dialogue-desk-exchange");
    }

    @Test
    void thePublicDescriptorFollowsTheDataPackageV2Profile() {
        assertFollowsTheProfiles(published, "dialogue-desk-public");
    }

    private static void assertFollowsTheProfiles(Map<String, JsonNode> files, String name) {
        JsonNode descriptor = files.get("datapackage.json");
        assertEquals(name, descriptor.get("name").asText());
        assertEquals(List.of(), violations(descriptor));
        assertSchemasTravelWithTheBundle(files);
    }

    private static void assertSchemasTravelWithTheBundle(Map<String, JsonNode> files) {
        JsonNode resources = files.get("datapackage.json").get("resources");
        assertTrue(resources.size() >= 4, resources.toString());
        for (JsonNode r : resources) {
            assertFalse(r.has("schema"), "v2 keeps schema for a Table Schema: " + r);
            assertFalse(r.has("type"), "v2 knows only the type table: " + r);
            JsonNode schema = files.get(r.get(PublicBundleJson.JSON_SCHEMA).asText());
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText(), r.toString());
            assertTrue(files.containsKey(r.get("path").asText()), r.toString());
            assertEquals(List.of(), violations(resourceProfile, r), "each resource is a v2 Data Resource: " + r);
        }
    }

    /**
     * Why the JSON Schemas left {@code schema}: a reader that resolves {@code schema} takes it for a Table
     * Schema, and the profile refuses a JSON Schema there. It also refuses what v2 does not know, so the
     * passing tests above are not the validator accepting anything.
     */
    @Test
    void theProfileRefusesAJsonSchemaAsSchemaAnUnknownTypeAndAPathOutOfThePackage() {
        JsonNode descriptor = published.get("datapackage.json");
        ObjectNode inSchema = descriptor.deepCopy();
        ObjectNode first = (ObjectNode) inSchema.get("resources").get(0);
        first.set("schema", published.get(first.remove(PublicBundleJson.JSON_SCHEMA).asText()));
        assertTrue(violations(inSchema).stream().anyMatch(v -> v.contains("fields")), violations(inSchema).toString());

        ObjectNode typed = descriptor.deepCopy();
        ((ObjectNode) typed.get("resources").get(1)).put("type", "json");
        assertTrue(violations(typed).stream().anyMatch(v -> v.contains("/resources/1/type")), violations(typed).toString());

        ObjectNode outside = descriptor.deepCopy();
        ((ObjectNode) outside.get("resources").get(2)).put("path", "../resources/news.json");
        assertFalse(violations(outside).isEmpty());

        ObjectNode undated = descriptor.deepCopy();
        undated.put("created", "yesterday");
        assertTrue(violations(undated).stream().anyMatch(v -> v.contains("/created")), violations(undated).toString());
    }
}
