package org.dialoguedesk.bundle;

import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * SHA-256 of a record's field map written in one canonical form (keys sorted, numbers in plain decimal,
 * strings escaped the JSON way), so the same content hashes the same on every desk whatever order the
 * fields were read in and whichever JSON library wrote the bundle.
 */
public final class CanonicalHash {

    /** The hash every deleted record has. */
    public static final String TOMBSTONE = "deleted";

    private CanonicalHash() {
    }

    public static String of(Map<String, ?> fields) {
        return ofNormalised(FieldValues.copyOf(fields));
    }

    /** The hash of a field map already normalised by {@link FieldValues#copyOf}, such as a record's content. */
    static String ofNormalised(Map<String, ?> fields) {
        // the text goes to the digest in small pieces as it is made: a questionnaire round is megabytes of it
        CanonicalBytes.Digesting out = DIGESTS.get();
        write(fields, out);
        return HexFormat.of().formatHex(out.digest());
    }

    /** The canonical text that is hashed; exposed for tests and for explaining a mismatch. */
    static String canonicalText(Map<String, ?> fields) {
        CanonicalBytes.Collecting out = new CanonicalBytes.Collecting();
        write(FieldValues.copyOf(fields), out);
        return out.text();
    }

    private static final ThreadLocal<CanonicalBytes.Digesting> DIGESTS =
            ThreadLocal.withInitial(CanonicalBytes.Digesting::new);

    private static void write(Object value, CanonicalBytes out) {
        if (value == null) {
            out.ascii("null");
        } else if (value instanceof String text) {
            out.quoted(text);
        } else if (value instanceof Boolean || value instanceof Long) {
            out.ascii(value.toString());
        } else if (value instanceof BigDecimal decimal) {
            out.ascii(decimal.toPlainString());
        } else if (value instanceof List<?> list) {
            out.ascii('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.ascii(',');
                }
                write(list.get(i), out);
            }
            out.ascii(']');
        } else if (value instanceof Map<?, ?> map) {
            out.ascii('{');
            boolean[] first = {true};
            FieldValues.forEachInNameOrder(map, (name, field) -> {
                if (!first[0]) {
                    out.ascii(',');
                }
                first[0] = false;
                out.quoted(name);
                out.ascii(':');
                write(field, out);
            });
            out.ascii('}');
        } else {
            throw new IllegalArgumentException("Cannot hash a " + value.getClass().getSimpleName());
        }
    }
}
