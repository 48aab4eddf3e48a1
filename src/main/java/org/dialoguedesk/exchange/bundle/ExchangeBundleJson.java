package org.dialoguedesk.exchange.bundle;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dialoguedesk.bundle.BundleRecord;
import org.dialoguedesk.bundle.RecordKind;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.exchange.bag.BagEntry;

/**
 * The exchange payload as a Frictionless Data Package (v2): {@code datapackage.json} with one resource per
 * {@link RecordKind}, each {@code records/<kind>.json}, an array of {@code {id, kind, clock, deleted, fields}},
 * described by the JSON Schema (draft 2020-12) {@code schema/records.schema.json} copied from the application
 * and named in each resource's {@link PublicBundleJson#JSON_SCHEMA} member.
 * Every kind has its resource, empty or not, so a reader sees at once what the bundle could have held. Read
 * back by {@link ExchangeBundleReader}.
 */
public final class ExchangeBundleJson {

    /** The package's {@code name}: what tells an exchange payload from a public one. */
    public static final String NAME = "dialogue-desk-exchange";
    /** The version of this layout, written as the package's {@code version}; a reader takes any 1.x. */
    public static final String FORMAT_VERSION = "1.0.0";
    public static final String DESCRIPTOR = "datapackage.json";
    public static final String SCHEMA = "schema/records.schema.json";
    static final String SCHEMA_RESOURCE = "/bundle/schema/exchange/records.schema.json";

    private final ObjectMapper mapper = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    /** The payload files in order: the descriptor, each kind's records in apply order, then the schema. */
    public List<BagEntry> entries(List<BundleRecord> records, Instant created) {
        Map<RecordKind, List<Map<String, Object>>> byKind = new EnumMap<>(RecordKind.class);
        for (RecordKind kind : RecordKind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        for (BundleRecord r : records) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", r.id().toString());
            json.put("kind", r.kind().resourceName());
            json.put("clock", r.clock().counters());
            json.put("deleted", r.deleted());
            json.put("fields", r.content());
            byKind.get(r.kind()).add(json);
        }
        ObjectNode descriptor = mapper.createObjectNode();
        descriptor.put("$schema", PublicBundleJson.PROFILE);
        descriptor.put("name", NAME);
        descriptor.put("title", "Dialogue Desk exchange bundle");
        descriptor.put("version", FORMAT_VERSION);
        descriptor.put("created", created.toString());
        ArrayNode resources = descriptor.putArray("resources");
        List<BagEntry> files = new ArrayList<>();
        files.add(null);
        byKind.forEach((kind, rows) -> {
            resources.addObject().put("name", kind.resourceName()).put("path", recordsPath(kind)).put("format", "json")
                    .put("mediatype", "application/json").put("encoding", "utf-8").put(PublicBundleJson.JSON_SCHEMA, SCHEMA);
            files.add(new BagEntry(recordsPath(kind), json(rows, false)));
        });
        files.set(0, new BagEntry(DESCRIPTOR, json(descriptor, true)));
        files.add(new BagEntry(SCHEMA, schema()));
        return files;
    }

    /** Where the records of a kind are, below {@code data/}: {@code records/contacts.json}. */
    public static String recordsPath(RecordKind kind) {
        return "records/" + kind.resourceName() + ".json";
    }

    private byte[] json(Object value, boolean indent) {
        try {
            return (indent ? mapper.writer(SerializationFeature.INDENT_OUTPUT) : mapper.writer()).writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new DeskException("Cannot write the exchange bundle's JSON: " + e.getOriginalMessage(), e);
        }
    }

    static byte[] schema() {
        try (InputStream in = ExchangeBundleJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new DeskException("The application is missing the JSON Schema " + SCHEMA_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new DeskException("Cannot read the JSON Schema " + SCHEMA_RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
