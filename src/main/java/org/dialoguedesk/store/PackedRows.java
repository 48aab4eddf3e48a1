package org.dialoguedesk.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dialoguedesk.bundle.FieldValues;
import org.dialoguedesk.common.ArchitectureException;
import org.dialoguedesk.common.StoreException;
import org.jooq.Field;

/**
 * Child rows kept in one JSON column of their parent row instead of a table of their own: each row an
 * array of its values in {@code names} order, {@code [[0,"stock","1200"],[1,"unit","persons"]]}. Small rows
 * always read and written with their parent cost far less this way than as rows with index entries of
 * their own. To a record they are still child rows: field maps listed under {@code name}, in the order of
 * their {@code key} field as a table's primary key gave it, so records read and hash as they did when the
 * rows had a table. Values are whole numbers (not negative) or text (not empty), and a key is given once
 * per parent: the rules the table's constraints used to keep.
 *
 * @param name   the name the rows go by in a record's field map (the table they once had)
 * @param column the parent's column holding them
 * @param names  the rows' fields
 * @param types  each field's type, {@code Long} or {@code String}
 * @param key    which field is unique among a parent's rows, and orders them
 */
@ArchitectureException(rule = "onlyExchangeAndAppTouchJson", why = "the JSON here is how rows are kept in one"
        + " column of the store, read and written by the store alone; it is not the bundle's JSON mapping")
record PackedRows(String name, Field<String> column, String[] names, Class<?>[] types, int key) {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Comparator<Object[]> BY_CODE_POINTS = (a, b) -> compareCodePoints((String) a[0], (String) b[0]);

    PackedRows {
        if (names.length != types.length || key < 0 || key >= names.length || types[key] != String.class) {
            throw new IllegalArgumentException("A packed row needs a type for each field and a text key");
        }
        for (Class<?> type : types) {
            if (type != Long.class && type != String.class) {
                throw new IllegalArgumentException("A packed field is a whole number or text, not " + type);
            }
        }
    }

    /** The rows held in the column, in key order, as field maps (sharing one names array). */
    List<Map<String, Object>> read(String json) {
        List<Object[]> rows = values(json);
        List<Object[]> keyed = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            keyed.add(new Object[] {row[key], row});
        }
        // the order SQLite's BINARY collation gave the table's primary key: by UTF-8 bytes, that is by code points
        keyed.sort(BY_CODE_POINTS);
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (Object[] k : keyed) {
            out.add(FieldValues.adopt(names, (Object[]) k[1]));
        }
        return out;
    }

    /** The rows held in the column as arrays of values, in the order they were written. */
    List<Object[]> values(String json) {
        List<Object[]> rows = new ArrayList<>();
        try (JsonParser p = JSON.createParser(json)) {
            expect(p.nextToken() == JsonToken.START_ARRAY, json);
            while (p.nextToken() == JsonToken.START_ARRAY) {
                Object[] row = new Object[names.length];
                for (int i = 0; i < row.length; i++) {
                    JsonToken t = p.nextToken();
                    if (types[i] == Long.class) {
                        expect(t == JsonToken.VALUE_NUMBER_INT, json);
                        row[i] = p.getLongValue();
                    } else {
                        expect(t == JsonToken.VALUE_STRING, json);
                        row[i] = p.getText();
                    }
                }
                expect(p.nextToken() == JsonToken.END_ARRAY, json);
                rows.add(row);
            }
            expect(p.currentToken() == JsonToken.END_ARRAY && p.nextToken() == null, json);
        } catch (IOException e) {
            throw new IllegalStateException(column + " holds what is not JSON: " + json, e);
        }
        return rows;
    }

    private void expect(boolean holds, String json) {
        if (!holds) {
            throw new IllegalStateException(column + " holds rows of another shape than " + Arrays.toString(names)
                    + ": " + json);
        }
    }

    /**
     * The column's text for rows given as field maps, which must have exactly this packing's fields.
     *
     * @param what the record and row they belong to, for the message
     * @throws StoreException naming the record and field the rows break a rule in
     */
    String write(List<?> rows, String what) {
        List<Object[]> values = new ArrayList<>(rows.size());
        for (Object item : rows) {
            if (!(item instanceof Map<?, ?> row) || row.size() != names.length) {
                throw new StoreException("The " + what + " needs rows of the fields " + Arrays.toString(names)
                        + " in '" + name + "'.");
            }
            Object[] v = new Object[names.length];
            for (int i = 0; i < names.length; i++) {
                Object value = row.get(names[i]);
                if (value == null && !row.containsKey(names[i])) {
                    throw new StoreException("The " + what + " needs rows of the fields " + Arrays.toString(names)
                            + " in '" + name + "'.");
                }
                v[i] = value;
            }
            values.add(v);
        }
        return json(values, what);
    }

    /**
     * The column's text for rows given as arrays of values in {@code names} order.
     *
     * @throws StoreException naming the field whose value breaks a rule, or the key given twice
     */
    String json(List<Object[]> rows, String what) {
        Set<Object> keys = new HashSet<>();
        for (Object[] row : rows) {
            for (int i = 0; i < names.length; i++) {
                Object value = row[i];
                boolean fits = types[i] == Long.class ? value instanceof Long n && n >= 0
                        : value instanceof String s && !s.isEmpty();
                if (!fits) {
                    throw new StoreException("The " + what + " has a value '" + name + "." + names[i]
                            + "' can not hold: " + value + " (it takes "
                            + (types[i] == Long.class ? "a whole number, not negative" : "text, not empty") + ").");
                }
            }
            if (!keys.add(row[key])) {
                throw new StoreException("The " + what + " has '" + row[key] + "' twice in '" + name + "."
                        + names[key] + "'.");
            }
        }
        return PACKER.get().json(rows);
    }

    private static final ThreadLocal<Packer> PACKER = ThreadLocal.withInitial(Packer::new);

    /**
     * One generator a thread, writing each column's text after the last: an import packs a hundred thousand
     * answers, and a generator of their own cost more than their text. Given only checked values, it
     * cannot fail half-way.
     */
    private static final class Packer {

        private final StringWriter out = new StringWriter();
        private final JsonGenerator g;

        Packer() {
            try {
                g = JSON.createGenerator(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            g.setRootValueSeparator(null);
        }

        String json(List<Object[]> rows) {
            try {
                g.writeStartArray();
                for (Object[] row : rows) {
                    g.writeStartArray();
                    for (Object value : row) {
                        if (value instanceof Long n) {
                            g.writeNumber(n);
                        } else {
                            g.writeString((String) value);
                        }
                    }
                    g.writeEndArray();
                }
                g.writeEndArray();
                g.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String text = out.toString();
            out.getBuffer().setLength(0);
            return text;
        }
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
