package org.dialoguedesk.exchange.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder().maxStringLength(4 * MAX_TEXT)
            .maxNestingDepth(4 * MAX_DEPTH).build();

    private final ObjectMapper mapper = new ObjectMapper(JsonFactory.builder().streamReadConstraints(LIMITS).build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * The records' parser: a name given twice in an object is found by {@link #fields} and {@link #record}
     * themselves, which check each shape of row once, where the parser would check every row.
     */
    private final JsonFactory recordsJson = JsonFactory.builder().streamReadConstraints(LIMITS).build();

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

    /** Reads one kind's array a record at a time, straight from the parser's tokens: only one record is held. */
    private void records(RecordKind kind, String path, Supplier<InputStream> file, Consumer<? super BundleRecord> each) {
        Where top = Where.top(data(path));
        Set<UUID> seen = new HashSet<>();
        Shapes shapes = new Shapes();
        try (InputStream in = file.get(); JsonParser parser = recordsJson.createParser(in)) {
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
                each.accept(record(kind, parser, top.at(i++), seen, shapes));
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

    /** One record, the parser on its first token; each member is checked as it comes, the record as a whole at its end. */
    private BundleRecord record(RecordKind kind, JsonParser p, Where at, Set<UUID> seen, Shapes shapes) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw wrongType(at, "object");
        }
        UUID id = null;
        String kindName = null;
        VersionClock clock = null;
        Boolean deleted = null;
        Map<String, Object> fields = null;
        Set<String> members = new HashSet<>();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            Where w = at.at(name);
            if (!members.add(name)) {
                throw invalid("bundle.records.duplicate", at.file(), w.pointer());
            }
            switch (name) {
                case "id" -> id = uuid(text(p, w), w);
                case "kind" -> kindName = text(p, w);
                case "clock" -> clock = clock(p, w);
                case "deleted" -> {
                    if (!p.currentToken().isBoolean()) {
                        throw wrongType(w, "boolean");
                    }
                    deleted = p.getBooleanValue();
                }
                case "fields" -> fields = fields(p, w, 0, shapes);
                default -> throw invalid("bundle.records.unknownMember", at.file(), w.pointer());
            }
        }
        Object[] found = {id, kindName, clock, deleted, fields};
        for (int i = 0; i < found.length; i++) {
            if (found[i] == null) {
                throw invalid("bundle.records.missingMember", at.file(), at.pointer(), RECORD_MEMBERS.get(i));
            }
        }
        if (!kindName.equals(kind.resourceName())) {
            throw invalid("bundle.records.wrongKind", at.file(), at.pointer(), kindName, kind.resourceName());
        }
        if (!seen.add(id)) {
            throw invalid("bundle.records.duplicate", at.file(), id);
        }
        if (deleted) {
            if (!fields.isEmpty()) {
                throw invalid("bundle.records.deletedWithFields", at.file(), at.pointer());
            }
            return BundleRecord.tombstone(kind, id, clock);
        }
        return BundleRecord.live(kind, id, fields, clock);
    }

    private static VersionClock clock(JsonParser p, Where at) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw wrongType(at, "object");
        }
        Map<String, Long> counters = new LinkedHashMap<>();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            if (p.nextToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                throw wrongType(at.at(name), "integer");
            }
            if (counters.put(name, p.getLongValue()) != null) {
                throw invalid("bundle.records.duplicate", at.file(), at.at(name).pointer());
            }
        }
        if (counters.isEmpty()) {
            throw wrongType(at, "object");
        }
        try {
            return VersionClock.of(counters);
        } catch (IllegalArgumentException e) {
            throw invalid("bundle.records.badValue", at.file(), at.pointer(), e.getMessage());
        }
    }

    /**
     * The names of the rows met so far, by where the rows are ({@code questionnaire_recipient} rows of a
     * round, their {@code questionnaire_answer} rows...): rows of one table come with the same names, so they
     * share one array, checked once for a name given twice.
     */
    private static final class Shapes {

        private final Map<String, String[]> last = new java.util.HashMap<>();

        /** The names as an array, the one already known when it holds the same names. */
        String[] of(String slot, List<String> names, Where at) {
            String[] known = last.get(slot);
            if (known != null && known.length == names.size()) {
                boolean same = true;
                for (int i = 0; i < known.length && same; i++) {
                    same = known[i].equals(names.get(i));
                }
                if (same) {
                    return known;
                }
            }
            String[] fresh = names.toArray(String[]::new);
            for (int i = 0; i < fresh.length; i++) {
                for (int j = 0; j < i; j++) {
                    if (fresh[i].equals(fresh[j])) {
                        throw invalid("bundle.records.duplicate", at.file(), at.at(fresh[i]).pointer());
                    }
                }
            }
            last.put(slot, fresh);
            return fresh;
        }
    }

    /** A field map, the parser on its opening brace; its {@link Where} is made only for a message. */
    private static Map<String, Object> fields(JsonParser p, Where at, int depth, Shapes shapes) throws IOException {
        return fields(p, at, depth, shapes, "");
    }

    private static Map<String, Object> fields(JsonParser p, Where at, int depth, Shapes shapes, String slot)
            throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw wrongType(at, "object");
        }
        if (depth > MAX_DEPTH) {
            throw invalid("bundle.records.tooDeep", at.file(), at.pointer(), MAX_DEPTH);
        }
        List<String> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            if (name.isEmpty()) {
                throw invalid("bundle.records.badValue", at.file(), at.at(name).pointer(), "a field without a name");
            }
            p.nextToken();
            names.add(name);
            values.add(value(p, at, name, depth, shapes));
        }
        // made here and handed over: no second copy of a record that may hold thousands of rows
        return FieldValues.adopt(shapes.of(slot, names, at), values.toArray());
    }

    private static Object value(JsonParser p, Where parent, String name, int depth, Shapes shapes) throws IOException {
        switch (p.currentToken()) {
            case VALUE_STRING:
                String text = p.getText();
                if (text.length() > MAX_TEXT) {
                    throw invalid("bundle.records.tooLong", parent.file(), parent.at(name).pointer(), MAX_TEXT);
                }
                return text;
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? new BigDecimal(p.getBigIntegerValue()) : (Object) p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDecimalValue();
            case VALUE_TRUE:
                return true;
            case VALUE_FALSE:
                return false;
            case VALUE_NULL:
                return null;
            case START_ARRAY:
                Where w = parent.at(name);
                List<Object> rows = new ArrayList<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    rows.add(fields(p, w.at(rows.size()), depth + 1, shapes, name));
                }
                return rows;
            default:
                throw wrongType(parent.at(name), "string, number, boolean, null or array of objects");
        }
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

    private static String text(JsonParser p, Where at) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(at, "string");
        }
        return checkedText(p.getText(), at);
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

    private static UUID uuid(String text, Where at) {
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
