package org.dialoguedesk.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a record and its field values are shown to an officer, the same way by the command line and the
 * window: a record by the name it is known by (a contact's name, a dialogue's title, a key), a value on
 * one line cut to a width, or whole, a list of child rows one row a line.
 */
public final class RecordLabels {

    /** The fields a record is known by, in the order tried: the first one with text names it. */
    private static final List<String> LABEL_FIELDS = List.of("name", "title_en", "key", "acronym_en", "title");

    private RecordLabels() {
    }

    /** A name the officer knows the record by, from the local copy (or the incoming one when deleted here). */
    public static Optional<String> of(Conflict c) {
        return of(c.local().deleted() ? c.incoming() : c.local());
    }

    /** A name the officer knows the record by; empty for a tombstone or a record with no naming field. */
    public static Optional<String> of(BundleRecord record) {
        Map<String, Object> fields = record.content();
        return LABEL_FIELDS.stream().map(fields::get).filter(v -> v instanceof String s && !s.isBlank())
                .map(String.class::cast).findFirst();
    }

    /** The text on one line (runs of white space, line breaks included, become one space), cut to {@code max} characters with "…". */
    public static String oneLine(String text, int max) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= max ? line : line.substring(0, max - 1) + "\u2026";
    }

    /**
     * A field's value whole, for reading: a text as it is, a number or a boolean as written, null as the
     * empty text, a list of child rows one row a line ({@code email: a@b.org · is_primary: true}), the
     * rows' own ids left out as they mean nothing to a reader, rows nested in a row counted.
     */
    public static String full(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> rows) {
            List<String> lines = new ArrayList<>(rows.size());
            for (Object row : rows) {
                lines.add(row instanceof Map<?, ?> fields ? row(fields) : String.valueOf(row));
            }
            return String.join("\n", lines);
        }
        return String.valueOf(value);
    }

    /**
     * A child row on one line: its fields' values, named when there are several. Ids, places in a list
     * ({@code ordinal}) and a field's folded look-up key ({@code email_key} beside {@code email}) are
     * bookkeeping, left out: a contact's email reads as the address alone.
     */
    private static String row(Map<?, ?> fields) {
        List<String> parts = new ArrayList<>();
        List<String> values = new ArrayList<>();
        fields.forEach((name, value) -> {
            String field = String.valueOf(name);
            boolean folded = field.endsWith("_key") && fields.containsKey(field.substring(0, field.length() - 4));
            if ("id".equals(field) || "ordinal".equals(field) || folded || value == null || "".equals(value)) {
                return;
            }
            String shown = value instanceof List<?> children ? "[" + children.size() + "]" : String.valueOf(value);
            shown = shown.replaceAll("\\s+", " ").strip();
            parts.add(field + ": " + shown);
            values.add(shown);
        });
        return values.size() == 1 ? values.get(0) : String.join(" \u00b7 ", parts);
    }
}
