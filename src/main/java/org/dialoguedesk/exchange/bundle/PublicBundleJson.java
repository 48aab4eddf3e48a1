package org.dialoguedesk.exchange.bundle;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dialoguedesk.bundle.PublicPayload;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.exchange.bag.BagEntry;

/**
 * The public payload as a Frictionless Data Package (v2): {@code datapackage.json} describing one JSON
 * file per resource under {@code resources/}, each with the JSON Schema (draft 2020-12) it follows under
 * {@code schema/}, copied from the application so the bundle describes itself. The resources are plain
 * JSON files (no {@code type}: v2 knows only {@code table}), and each names its schema in
 * {@link #JSON_SCHEMA}, not in {@code schema}, which v2 reserves for a Table Schema. Field names are those of
 * {@link PublicPayload}'s records; languages are written as their codes ({@code en}), dates as ISO-8601.
 */
public final class PublicBundleJson {

    /** The version of this layout, written as the package's {@code version}. */
    public static final String FORMAT_VERSION = "1.0.0";
    public static final String DESCRIPTOR = "datapackage.json";
    static final String SCHEMA_RESOURCES = "/bundle/schema/public/";
    /**
     * The resource member naming a resource's JSON Schema. Data Package v2 defines {@code schema} as a Table
     * Schema only, so a JSON Schema goes under this extension member, the name proposed for it upstream.
     */
    public static final String JSON_SCHEMA = "jsonSchema";
    static final String PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(new SimpleModule().addSerializer(Lang.class, new LangCode()));

    /** The payload files in order: the descriptor, then each resource and its schema. */
    public List<BagEntry> entries(PublicPayload payload) {
        Map<String, List<?>> resources = new LinkedHashMap<>();
        resources.put("profiles", payload.profiles());
        resources.put("dialogues", payload.dialogues());
        resources.put("news", payload.news());
        resources.put("contacts", payload.contacts());
        List<BagEntry> files = new ArrayList<>();
        ObjectNode descriptor = mapper.createObjectNode();
        descriptor.put("$schema", PROFILE);
        descriptor.put("name", "dialogue-desk-public");
        descriptor.put("title", "Dialogue Desk public bundle");
        descriptor.put("version", FORMAT_VERSION);
        descriptor.put("created", payload.created().toString());
        ArrayNode list = descriptor.putArray("resources");
        resources.forEach((name, rows) -> {
            String path = resourcePath(name);
            String schema = schemaPath(name);
            list.addObject().put("name", name).put("path", path).put("format", "json")
                    .put("mediatype", "application/json").put("encoding", "utf-8").put(JSON_SCHEMA, schema);
            files.add(new BagEntry(path, json(rows)));
            files.add(new BagEntry(schema, schema(name)));
        });
        files.add(0, new BagEntry(DESCRIPTOR, json(descriptor)));
        return files;
    }

    public static String resourcePath(String name) {
        return "resources/" + name + ".json";
    }

    public static String schemaPath(String name) {
        return "schema/" + name + ".schema.json";
    }

    private byte[] json(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new DeskException("Cannot write the public bundle's JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static byte[] schema(String name) {
        String resource = SCHEMA_RESOURCES + name + ".schema.json";
        try (InputStream in = PublicBundleJson.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DeskException("The application is missing the JSON Schema " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new DeskException("Cannot read the JSON Schema " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Languages as the codes websites use ("en"), not the Java constant names. */
    private static final class LangCode extends StdSerializer<Lang> {

        LangCode() {
            super(Lang.class);
        }

        @Override
        public void serialize(Lang value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.code());
        }
    }
}
