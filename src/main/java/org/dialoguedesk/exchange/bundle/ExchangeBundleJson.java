package org.dialoguedesk.exchange.bundle;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dialoguedesk.bundle.BundleRecord;
import org.dialoguedesk.bundle.RecordKind;
import org.dialoguedesk.bundle.RecordSource;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.exchange.bag.BagEntry;
import org.dialoguedesk.exchange.bag.PayloadWriter;

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

    /** The payload files in order, for records held in memory: see {@link #payload}. */
    public List<BagEntry> entries(List<BundleRecord> records, Instant created) {
        Payload payload = payload(kind -> each -> records.stream().filter(r -> r.kind() == kind).forEach(each), created);
        List<BagEntry> out = new ArrayList<>();
        for (PayloadWriter file : payload.files()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                file.writeTo(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("writing to memory cannot fail", e);
            }
            out.add(new BagEntry(file.path(), bytes.toByteArray()));
        }
        return out;
    }

    /**
     * The payload files in order: the descriptor, each kind's records in apply order, then the schema. Each
     * kind's records are asked for when its file is written, and written one at a time.
     */
    public Payload payload(Function<RecordKind, RecordSource> recordsOf, Instant created) {
        ObjectNode descriptor = mapper.createObjectNode();
        descriptor.put("$schema", PublicBundleJson.PROFILE);
        descriptor.put("name", NAME);
        descriptor.put("title", "Dialogue Desk exchange bundle");
        descriptor.put("version", FORMAT_VERSION);
        descriptor.put("created", created.toString());
        ArrayNode resources = descriptor.putArray("resources");
        Payload payload = new Payload();
        List<PayloadWriter> files = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            resources.addObject().put("name", kind.resourceName()).put("path", recordsPath(kind)).put("format", "json")
                    .put("mediatype", "application/json").put("encoding", "utf-8").put(PublicBundleJson.JSON_SCHEMA, SCHEMA);
            files.add(new Records(kind, recordsOf.apply(kind), payload.counts));
        }
        files.add(0, new BagEntry(DESCRIPTOR, json(descriptor)));
        files.add(new BagEntry(SCHEMA, schema()));
        payload.files = List.copyOf(files);
        return payload;
    }

    /** The files of a payload, and how many records of each kind they turned out to hold once written. */
    public static final class Payload {

        private final Map<RecordKind, Integer> counts = new EnumMap<>(RecordKind.class);
        private List<PayloadWriter> files;

        public List<PayloadWriter> files() {
            return files;
        }

        /** Records written per kind, deletions included; a kind with none is absent. */
        public Map<RecordKind, Integer> counts() {
            return Collections.unmodifiableMap(counts);
        }
    }

    /** One kind's file: a JSON array of {@code {id, kind, clock, deleted, fields}}, written record by record. */
    private final class Records implements PayloadWriter {

        private final RecordKind kind;
        private final RecordSource records;
        private final Map<RecordKind, Integer> counts;

        Records(RecordKind kind, RecordSource records, Map<RecordKind, Integer> counts) {
            this.kind = kind;
            this.records = records;
            this.counts = counts;
        }

        @Override
        public String path() {
            return recordsPath(kind);
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            try (JsonGenerator json = mapper.getFactory().createGenerator(out)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
                json.writeStartArray();
                records.forEach(r -> {
                    try {
                        json.writeStartObject();
                        json.writeStringField("id", r.id().toString());
                        json.writeStringField("kind", r.kind().resourceName());
                        json.writeFieldName("clock");
                        value(json, r.clock().counters());
                        json.writeBooleanField("deleted", r.deleted());
                        json.writeFieldName("fields");
                        value(json, r.content());
                        json.writeEndObject();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    counts.merge(kind, 1, Integer::sum);
                });
                json.writeEndArray();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    /**
     * Writes a field value straight to the generator: the few types a record holds ({@link
     * org.dialoguedesk.bundle.FieldValues}) need none of the serializer look-ups that cost a large export
     * a third of its time.
     */
    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof java.math.BigDecimal decimal) {
            json.writeNumber(decimal);
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                value(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            // forEach, not entrySet: a field map held as arrays then makes no entry objects
            map.forEach((name, field) -> {
                try {
                    json.writeFieldName((String) name);
                    value(json, field);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            json.writeEndObject();
        } else {
            json.writeObject(value);
        }
    }

    /** Where the records of a kind are, below {@code data/}: {@code records/contacts.json}. */
    public static String recordsPath(RecordKind kind) {
        return "records/" + kind.resourceName() + ".json";
    }

    private byte[] json(Object value) {
        try {
            return mapper.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(value);
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
