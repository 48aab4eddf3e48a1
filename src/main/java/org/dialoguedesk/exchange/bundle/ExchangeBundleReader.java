package org.dialoguedesk.exchange.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dialoguedesk.bundle.BundleRecord;
import org.dialoguedesk.bundle.FieldValues;
import org.dialoguedesk.bundle.RecordKind;
import org.dialoguedesk.bundle.RecordSource;
import org.dialoguedesk.bundle.VersionClock;
import org.dialoguedesk.common.BundleException;
import org.dialoguedesk.common.BundleException.Reason;
import org.dialoguedesk.exchange.bag.BagEntry;
import org.dialoguedesk.exchange.bag.BagReader.Bag;

/**
 * Reads an exchange payload back into records, strictly: a descriptor that is not this layout, a resource
 * of a kind this desk does not know, a file it does not describe, a member of the wrong type or name, a text
 * over {@link #MAX_TEXT} characters, rows nested deeper than {@link #MAX_DEPTH}, or one record twice, and the
 * whole bundle is refused as {@link Reason#INVALID}, naming the file and the JSON pointer. Whole numbers come
 * back as {@code Long}, decimals as {@code BigDecimal}, child rows in their order, so contents hash as sent.
 */
public final class ExchangeBundleReader {

    /** Far above any real text (a profile section runs to some thousands of characters). */
    public static final int MAX_TEXT = 1_000_000;
    /** Rows within rows: four levels are used (template, version, section, question, option). */
    public static final int MAX_DEPTH = 12;

    private static final Set<String> DESCRIPTOR_MEMBERS = Set.of("$schema", "name", "title", "version", "created",
            "resources");
    /** {@code schema} is what bundles written before {@code jsonSchema} carry: still read, as it is ignored. */
    private static final Set<String> RESOURCE_MEMBERS = Set.of("name", "path", "format", "mediatype", "encoding",
            PublicBundleJson.JSON_SCHEMA, "schema");
    private static final List<String> RECORD_MEMBERS = List.of("id", "kind", "clock", "deleted", "fields");

    private final ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(4 * MAX_TEXT)
                    .maxNestingDepth(4 * MAX_DEPTH).build())
            .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Reads one record out of its kind's array: the array goes on after it. */
    private final ObjectReader oneRecord = mapper.readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * Every record of a payload held in memory.
     *
     * @throws BundleException {@link Reason#INVALID} naming the file and where in it
     */
    public List<BundleRecord> read(List<BagEntry> payload) {
        Map<String, Supplier<InputStream>> files = new LinkedHashMap<>();
        payload.forEach(e -> files.put(e.path(), () -> new ByteArrayInputStream(e.bytes())));
        List<BundleRecord> out = new ArrayList<>();
        records(files).forEach(out::add);
        return out;
    }

    /**
     * The records of a bag's payload, read anew record by record each time they are gone through, so a large
     * bundle is never held whole. The descriptor and the set of files are checked here; each record as it
     * is read, so going through them once checks them all.
     *
     * @throws BundleException {@link Reason#INVALID} naming the file and where in it
     */
    public RecordSource records(Bag bag) {
        Map<String, Supplier<InputStream>> files = new LinkedHashMap<>();
        bag.files().forEach(f -> files.put(f.path(), f::open));
        return records(files);
    }

    private RecordSource records(Map<String, Supplier<InputStream>> files) {
        JsonNode descriptor = parse(ExchangeBundleJson.DESCRIPTOR, required(files, ExchangeBundleJson.DESCRIPTOR));
        Map<RecordKind, String> resources = resources(descriptor);
        Set<String> described = new HashSet<>(resources.values());
        described.add(ExchangeBundleJson.DESCRIPTOR);
        described.add(ExchangeBundleJson.SCHEMA);
        for (String path : files.keySet()) {
            if (!described.contains(path)) {
                throw invalid("bundle.records.unexpectedFile", data(path));
            }
        }
        resources.values().forEach(path -> required(files, path));
        return each -> resources.forEach((kind, path) -> records(kind, path, files.get(path), each));
    }

    private Map<RecordKind, String> resources(JsonNode descriptor) {
        String file = data(ExchangeBundleJson.DESCRIPTOR);
        Where top = Where.top(file);
        members(descriptor, top, DESCRIPTOR_MEMBERS, Set.of("name", "version", "resources"));
        String name = text(descriptor.get("name"), top.at("name"));
        String version = text(descriptor.get("version"), top.at("version"));
        if (!name.equals(ExchangeBundleJson.NAME) || !version.startsWith("1.")) {
            throw invalid("bundle.records.descriptor", file, name, version);
        }
        JsonNode list = descriptor.get("resources");
        Where at = top.at("resources");
        if (!list.isArray()) {
            throw wrongType(at, "array");
        }
        Map<RecordKind, String> out = new EnumMap<>(RecordKind.class);
        for (int i = 0; i < list.size(); i++) {
            Where r = at.at(i);
            JsonNode resource = list.get(i);
            members(resource, r, RESOURCE_MEMBERS, Set.of("name", "path"));
            String kindName = text(resource.get("name"), r.at("name"));
            RecordKind kind = RecordKind.ofResourceName(kindName).orElseThrow(() -> invalid("bundle.records.unknownKind", file, kindName));
            String path = text(resource.get("path"), r.at("path"));
            if (!path.equals(ExchangeBundleJson.recordsPath(kind))) {
                throw invalid("bundle.records.badValue", file, r.at("path").pointer(), path);
            }
            if (out.put(kind, path) != null) {
                throw invalid("bundle.records.duplicate", file, kindName);
            }
        }
        return out;
    }

    /** Reads one kind's array a record at a time: only one record's tree is held. */
    private void records(RecordKind kind, String path, Supplier<InputStream> file, Consumer<? super BundleRecord> each) {
        Where top = Where.top(data(path));
        Set<UUID> seen = new HashSet<>();
        try (InputStream in = file.get(); JsonParser parser = mapper.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw wrongType(top, "array");
            }
            int i = 0;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == null) {
                    throw new BundleException(Reason.INVALID, "bundle.records.notJson", data(path),
                            parser.currentLocation().getLineNr(), parser.currentLocation().getColumnNr(),
                            "the array ends before its closing bracket");
                }
                JsonNode node = oneRecord.readValue(parser);
                each.accept(record(kind, node, top.at(i++), seen));
            }
            if (parser.nextToken() != null) {
                throw new BundleException(Reason.INVALID, "bundle.records.notJson", data(path),
                        parser.currentLocation().getLineNr(), parser.currentLocation().getColumnNr(), "trailing content");
            }
        } catch (JsonProcessingException e) {
            throw notJson(path, e);
        } catch (IOException e) {
            throw new BundleException(Reason.INVALID, e, "bundle.records.notJson", data(path), 0, 0, e.getMessage());
        }
    }

    private BundleRecord record(RecordKind kind, JsonNode node, Where at, Set<UUID> seen) {
        members(node, at, Set.copyOf(RECORD_MEMBERS), Set.copyOf(RECORD_MEMBERS));
        UUID id = uuid(node.get("id"), at.at("id"));
        String kindName = text(node.get("kind"), at.at("kind"));
        if (!kindName.equals(kind.resourceName())) {
            throw invalid("bundle.records.wrongKind", at.file(), at.pointer(), kindName, kind.resourceName());
        }
        if (!seen.add(id)) {
            throw invalid("bundle.records.duplicate", at.file(), id);
        }
        VersionClock clock = clock(node.get("clock"), at.at("clock"));
        JsonNode deleted = node.get("deleted");
        if (!deleted.isBoolean()) {
            throw wrongType(at.at("deleted"), "boolean");
        }
        Map<String, Object> fields = fields(node.get("fields"), at.at("fields"), 0);
        if (deleted.booleanValue()) {
            if (!fields.isEmpty()) {
                throw invalid("bundle.records.deletedWithFields", at.file(), at.pointer());
            }
            return BundleRecord.tombstone(kind, id, clock);
        }
        return BundleRecord.live(kind, id, fields, clock);
    }

    private static VersionClock clock(JsonNode node, Where at) {
        if (!node.isObject() || node.isEmpty()) {
            throw wrongType(at, "object");
        }
        Map<String, Long> counters = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode n = e.getValue();
            if (!n.isIntegralNumber() || !n.canConvertToLong()) {
                throw wrongType(at.at(e.getKey()), "integer");
            }
            counters.put(e.getKey(), n.longValue());
        }
        try {
            return VersionClock.of(counters);
        } catch (IllegalArgumentException e) {
            throw invalid("bundle.records.badValue", at.file(), at.pointer(), e.getMessage());
        }
    }

    private static Map<String, Object> fields(JsonNode node, Where at, int depth) {
        if (!node.isObject()) {
            throw wrongType(at, "object");
        }
        if (depth > MAX_DEPTH) {
            throw invalid("bundle.records.tooDeep", at.file(), at.pointer(), MAX_DEPTH);
        }
        String[] names = new String[node.size()];
        Object[] values = new Object[names.length];
        int i = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); i++) {
            Map.Entry<String, JsonNode> e = it.next();
            Where w = at.at(e.getKey());
            if (e.getKey().isEmpty()) {
                throw invalid("bundle.records.badValue", w.file(), w.pointer(), "a field without a name");
            }
            names[i] = e.getKey();
            values[i] = value(e.getValue(), w, depth);
        }
        // made here and handed over: no second copy of a record that may hold thousands of rows
        return FieldValues.adopt(names, values);
    }

    private static Object value(JsonNode v, Where w, int depth) {
        if (v.isTextual()) {
            return checkedText(v.textValue(), w);
        } else if (v.isIntegralNumber()) {
            return v.canConvertToLong() ? (Object) v.longValue() : new BigDecimal(v.bigIntegerValue());
        } else if (v.isNumber()) {
            return v.decimalValue();
        } else if (v.isBoolean()) {
            return v.booleanValue();
        } else if (v.isNull()) {
            return null;
        } else if (v.isArray()) {
            List<Object> rows = new ArrayList<>(v.size());
            for (int i = 0; i < v.size(); i++) {
                rows.add(fields(v.get(i), w.at(i), depth + 1));
            }
            return rows;
        }
        throw wrongType(w, "string, number, boolean, null or array of objects");
    }

    private static void members(JsonNode node, Where at, Set<String> allowed, Set<String> required) {
        if (!node.isObject()) {
            throw wrongType(at, "object");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw invalid("bundle.records.unknownMember", at.file(), at.at(name).pointer());
            }
        }
        for (String name : required) {
            if (!node.has(name)) {
                throw invalid("bundle.records.missingMember", at.file(), at.pointer(), name);
            }
        }
    }

    private static String text(JsonNode node, Where at) {
        if (!node.isTextual()) {
            throw wrongType(at, "string");
        }
        return checkedText(node.textValue(), at);
    }

    private static String checkedText(String text, Where at) {
        if (text.length() > MAX_TEXT) {
            throw invalid("bundle.records.tooLong", at.file(), at.pointer(), MAX_TEXT);
        }
        return text;
    }

    private static UUID uuid(JsonNode node, Where at) {
        String text = text(node, at);
        try {
            UUID id = UUID.fromString(text);
            if (id.toString().equalsIgnoreCase(text)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw invalid("bundle.records.badValue", at.file(), at.pointer(), text);
    }

    private JsonNode parse(String path, Supplier<InputStream> file) {
        try (InputStream in = file.get()) {
            return mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw notJson(path, e);
        } catch (IOException e) {
            throw new BundleException(Reason.INVALID, e, "bundle.records.notJson", data(path), 0, 0, e.getMessage());
        }
    }

    private static BundleException notJson(String path, JsonProcessingException e) {
        var where = e.getLocation();
        return new BundleException(Reason.INVALID, e, "bundle.records.notJson", data(path),
                where == null ? 0 : where.getLineNr(), where == null ? 0 : where.getColumnNr(), e.getOriginalMessage());
    }

    private static Supplier<InputStream> required(Map<String, Supplier<InputStream>> files, String path) {
        Supplier<InputStream> file = files.get(path);
        if (file == null) {
            throw invalid("bundle.records.missingFile", data(path));
        }
        return file;
    }

    private static String data(String path) {
        return "data/" + path;
    }

    private static BundleException wrongType(Where at, String expected) {
        return invalid("bundle.records.wrongType", at.file(), at.pointer(), expected);
    }

    private static BundleException invalid(String key, Object... args) {
        return new BundleException(Reason.INVALID, key, args);
    }

    /** A place in a JSON file as a JSON pointer (RFC 6901), {@code /3/fields/email}; the whole file is "/". */
    /**
     * Where a value is: its file and JSON Pointer. The pointer is spelled out only when a message needs it;
     * a large bundle has millions of values and almost never an error.
     */
    private static final class Where {

        private final String file;
        private final Where parent;
        private final String member;
        private final int index;

        private Where(String file, Where parent, String member, int index) {
            this.file = file;
            this.parent = parent;
            this.member = member;
            this.index = index;
        }

        static Where top(String file) {
            return new Where(file, null, null, -1);
        }

        String file() {
            return file;
        }

        Where at(String name) {
            return new Where(file, this, name, -1);
        }

        Where at(int i) {
            return new Where(file, this, null, i);
        }

        String pointer() {
            String path = path();
            return path.isEmpty() ? "/" : path;
        }

        private String path() {
            if (parent == null) {
                return "";
            }
            String step = member != null ? member.replace("~", "~0").replace("/", "~1") : String.valueOf(index);
            return parent.path() + "/" + step;
        }
    }
}
