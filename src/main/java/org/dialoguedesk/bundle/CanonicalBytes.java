package org.dialoguedesk.bundle;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Where {@link CanonicalHash} writes its canonical text: its UTF-8 bytes (as {@code String.getBytes} makes
 * them, an unpaired surrogate becoming {@code ?}), strings quoted and escaped the JSON way, gathered in a
 * small buffer and handed on in pieces.
 */
abstract class CanonicalBytes {

    private final byte[] buffer = new byte[8192];
    private int length;

    /** Takes a full buffer's bytes. */
    abstract void drain(byte[] bytes, int count);

    final void ascii(char c) {
        if (length == buffer.length) {
            flush();
        }
        buffer[length++] = (byte) c;
    }

    final void ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            ascii(text.charAt(i));
        }
    }

    /** The text as a JSON string: quotes, backslashes and control characters escaped. */
    final void quoted(String text) {
        ascii('"');
        bytes((needsEscape(text) ? escaped(text) : text).getBytes(StandardCharsets.UTF_8));
        ascii('"');
    }

    private void bytes(byte[] bytes) {
        if (bytes.length > buffer.length - length) {
            flush();
            if (bytes.length > buffer.length) {
                drain(bytes, bytes.length);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
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

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int plain = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            // the run of characters before this one goes in whole: long texts have a line break now and then
            out.append(text, plain, i);
            plain = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.append(text, plain, text.length()).toString();
    }

    final void flush() {
        drain(buffer, length);
        length = 0;
    }

    /** Into a SHA-256 digest; reusable, as {@link #digest()} starts it afresh. */
    static final class Digesting extends CanonicalBytes {

        private final MessageDigest sha;

        Digesting() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java runtime has SHA-256", e);
            }
        }

        @Override
        void drain(byte[] bytes, int count) {
            sha.update(bytes, 0, count);
        }

        /** The digest of everything written since the last one. */
        byte[] digest() {
            flush();
            return sha.digest();
        }
    }

    /** Into memory, to read back as text. */
    static final class Collecting extends CanonicalBytes {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        void drain(byte[] chunk, int count) {
            bytes.write(chunk, 0, count);
        }

        String text() {
            flush();
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
