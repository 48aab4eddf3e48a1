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

    /** Takes bytes from the buffer (or a long text's own). */
    abstract void drain(byte[] bytes, int offset, int count);

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

    /**
     * The text as a JSON string: quotes, backslashes and control characters escaped. Its ASCII start (most
     * texts are ASCII to the end) is written character by character, with no copy of the text made. The
     * rest is encoded once, and the escapes found in its UTF-8 bytes, as they are all below 0x80 and no
     * byte of a longer character is: its runs between escapes are copied as they are.
     */
    final void quoted(String text) {
        ascii('"');
        int ascii = 0;
        for (; ascii < text.length(); ascii++) {
            char c = text.charAt(ascii);
            if (c >= 0x80) {
                break;
            }
            if (c < 0x20 || c == '"' || c == '\\') {
                escape(c);
            } else {
                ascii(c);
            }
        }
        if (ascii == text.length()) {
            ascii('"');
            return;
        }
        // the characters before are ASCII, so the rest starts with a whole character, never half a pair
        byte[] utf8 = text.substring(ascii).getBytes(StandardCharsets.UTF_8);
        int run = 0;
        for (int i = 0; i < utf8.length; i++) {
            byte b = utf8[i];
            if (b >= 0 && (b < 0x20 || b == '"' || b == '\\')) {
                bytes(utf8, run, i - run);
                escape((char) b);
                run = i + 1;
            }
        }
        bytes(utf8, run, utf8.length - run);
        ascii('"');
    }

    private void escape(char c) {
        switch (c) {
            case '"' -> ascii("\\\"");
            case '\\' -> ascii("\\\\");
            case '\n' -> ascii("\\n");
            case '\r' -> ascii("\\r");
            case '\t' -> ascii("\\t");
            default -> ascii(String.format("\\u%04x", (int) c));
        }
    }

    private void bytes(byte[] bytes, int offset, int count) {
        if (count > buffer.length - length) {
            flush();
            if (count > buffer.length) {
                drain(bytes, offset, count);
                return;
            }
        }
        System.arraycopy(bytes, offset, buffer, length, count);
        length += count;
    }

    final void flush() {
        drain(buffer, 0, length);
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
        void drain(byte[] bytes, int offset, int count) {
            sha.update(bytes, offset, count);
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
        void drain(byte[] chunk, int offset, int count) {
            bytes.write(chunk, offset, count);
        }

        String text() {
            flush();
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
