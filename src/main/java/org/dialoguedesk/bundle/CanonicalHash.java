package org.dialoguedesk.bundle;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        StringBuilder out = new StringBuilder();
        write(fields, out);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(out.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The canonical text that is hashed; exposed for tests and for explaining a mismatch. */
    static String canonicalText(Map<String, ?> fields) {
        StringBuilder out = new StringBuilder();
        write(FieldValues.copyOf(fields), out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            writeString(text, out);
        } else if (value instanceof Boolean || value instanceof Long) {
            out.append(value);
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : new TreeMap<>(map).entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeString((String) e.getKey(), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else {
            throw new IllegalArgumentException("Cannot hash a " + value.getClass().getSimpleName());
        }
    }

    private static boolean needsEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return true;
            }
        }
        return false;
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        if (!needsEscape(text)) {
            out.append(text).append('"');
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
