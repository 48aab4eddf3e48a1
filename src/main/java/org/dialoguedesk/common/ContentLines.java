package org.dialoguedesk.common;

import java.nio.charset.StandardCharsets;

/**
 * The content lines that vCard (RFC 6350) and iCalendar (RFC 5545) files are made of, written one
 * way for both: text values with backslash, semicolon, comma and line breaks escaped, and lines
 * folded at 75 octets of UTF-8 without splitting a character (a name in Arabic is two octets a
 * letter), each ending in CRLF.
 */
public final class ContentLines {

    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;

    private ContentLines() {
    }

    /** A text value escaped; any line break becomes {@code \n}; other control characters but tab are dropped. */
    public static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        String text = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ',' -> out.append("\\,");
                case ';' -> out.append("\\;");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c == '\t' || !Character.isISOControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Appends a content line folded so that no physical line exceeds 75 octets, a continuation's
     * leading space counted among them, then CRLF.
     */
    public static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }
}
