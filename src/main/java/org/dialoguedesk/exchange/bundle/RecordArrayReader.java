package org.dialoguedesk.exchange.bundle;

import static org.dialoguedesk.exchange.bundle.Where.data;
import static org.dialoguedesk.exchange.bundle.Where.invalid;
import static org.dialoguedesk.exchange.bundle.Where.notJson;
import static org.dialoguedesk.exchange.bundle.Where.wrongType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dialoguedesk.bundle.BundleRecord;
import org.dialoguedesk.bundle.FieldValues;
import org.dialoguedesk.bundle.RecordKind;
import org.dialoguedesk.bundle.VersionClock;
import org.dialoguedesk.common.BundleException;
import org.dialoguedesk.common.BundleException.Reason;

/**
 * One kind's file of records, read a record at a time straight from the JSON parser's tokens into field maps
 * (no JSON tree in between), strictly: a member of the wrong type or name, a name given twice, a text over
 * {@link ExchangeBundleReader#MAX_TEXT} characters, rows nested deeper than {@link ExchangeBundleReader#MAX_DEPTH}
 * or one record twice refuse the bundle, naming the file and the JSON Pointer.
 */
final class RecordArrayReader {

    private static final List<String> RECORD_MEMBERS = List.of("id", "kind", "clock", "deleted", "fields");

    /**
     * A name given twice in an object is found by {@link #fields} and {@link #record} themselves, which check
     * each shape of row once, where the parser would check every row.
     */
    private final JsonFactory json;

    RecordArrayReader(StreamReadConstraints limits) {
        this.json = JsonFactory.builder().streamReadConstraints(limits).build();
    }

    /** Reads one kind's array a record at a time, straight from the parser's tokens: only one record is held. */
    void read(RecordKind kind, String path, Supplier<InputStream> file, Consumer<? super BundleRecord> each) {
        Where top = Where.top(data(path));
        Set<UUID> seen = new HashSet<>();
        Shapes shapes = new Shapes();
        try (InputStream in = file.get(); JsonParser parser = json.createParser(in)) {
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
        if (depth > ExchangeBundleReader.MAX_DEPTH) {
            throw invalid("bundle.records.tooDeep", at.file(), at.pointer(), ExchangeBundleReader.MAX_DEPTH);
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
                if (text.length() > ExchangeBundleReader.MAX_TEXT) {
                    throw invalid("bundle.records.tooLong", parent.file(), parent.at(name).pointer(), ExchangeBundleReader.MAX_TEXT);
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

    private static String text(JsonParser p, Where at) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(at, "string");
        }
        return checkedText(p.getText(), at);
    }

    static String checkedText(String text, Where at) {
        if (text.length() > ExchangeBundleReader.MAX_TEXT) {
            throw invalid("bundle.records.tooLong", at.file(), at.pointer(), ExchangeBundleReader.MAX_TEXT);
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

}
