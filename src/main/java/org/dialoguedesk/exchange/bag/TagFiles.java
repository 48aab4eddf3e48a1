package org.dialoguedesk.exchange.bag;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialoguedesk.common.BundleException;
import org.dialoguedesk.common.BundleException.Reason;

/**
 * The text of a bag's tag files as RFC 8493 writes them: "Label: value" lines and
 * "checksum  path" manifest lines, UTF-8 with LF line ends. Reading accepts the CR and CRLF line ends
 * the RFC allows, so a bag re-saved on Windows still reads.
 */
final class TagFiles {

    static final String BAGIT = "bagit.txt";
    static final String BAG_INFO = "bag-info.txt";
    static final String MANIFEST = "manifest-sha256.txt";
    static final String TAG_MANIFEST = "tagmanifest-sha256.txt";
    static final String DATA = "data/";

    private static final Pattern TAG = Pattern.compile("([^:\\s][^:]*?)\\s*:\\s*(.*)");
    private static final Pattern MANIFEST_LINE = Pattern.compile("([0-9A-Fa-f]{64})[ \\t]+\\*?(.+)");

    /** One "Label: value" line, numbered from 1. */
    record Tag(String label, String value, int line) {
    }

    /** One manifest line, numbered from 1, with its path decoded. */
    record Listed(String checksum, String path, int line) {
    }

    private TagFiles() {
    }

    static byte[] tagFile(Map<String, String> tags) {
        StringBuilder text = new StringBuilder();
        tags.forEach((label, value) -> text.append(label).append(": ").append(value).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Two spaces between checksum and path, as {@code sha256sum} writes and reads. */
    static byte[] manifest(Map<String, byte[]> files) {
        Map<String, String> sums = new java.util.LinkedHashMap<>();
        files.forEach((path, bytes) -> sums.put(path, sha256(bytes)));
        return manifestOfSums(sums);
    }

    /** A manifest of files whose SHA-256 sums were taken as they were written: path → hex sum. */
    static byte[] manifestOfSums(Map<String, String> sums) {
        StringBuilder text = new StringBuilder();
        sums.forEach((path, sum) -> text.append(sum).append("  ").append(encodePath(path)).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static List<Tag> tags(String file, byte[] bytes) {
        List<Tag> tags = new ArrayList<>();
        List<String> lines = lines(file, bytes);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!tags.isEmpty() && !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
                Tag last = tags.remove(tags.size() - 1);
                tags.add(new Tag(last.label(), last.value() + " " + line.strip(), last.line()));
                continue;
            }
            Matcher m = TAG.matcher(line);
            if (!m.matches()) {
                throw new BundleException(Reason.INVALID, "bundle.container.tagLine", file, i + 1);
            }
            tags.add(new Tag(m.group(1), m.group(2).strip(), i + 1));
        }
        return tags;
    }

    static List<Listed> listed(String file, byte[] bytes) {
        List<Listed> listed = new ArrayList<>();
        List<String> lines = lines(file, bytes);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MANIFEST_LINE.matcher(lines.get(i));
            if (!m.matches()) {
                throw new BundleException(Reason.INVALID, "bundle.container.manifestLine", file, i + 1);
            }
            listed.add(new Listed(m.group(1).toLowerCase(java.util.Locale.ROOT), decodePath(m.group(2)), i + 1));
        }
        return listed;
    }

    /** The lines of a tag file; a final line end does not start another line. */
    private static List<String> lines(String file, byte[] bytes) {
        String text = utf8(file, bytes);
        if (text.isEmpty()) {
            return List.of();
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        int count = lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        return List.of(lines).subList(0, count);
    }

    static String utf8(String file, byte[] bytes) {
        try {
            return strictUtf8(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BundleException(Reason.INVALID, e, "bundle.container.encoding", file);
        }
    }

    /** UTF-8 that refuses malformed bytes instead of replacing them, so nothing is silently changed. */
    static CharBuffer strictUtf8(ByteBuffer bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** RFC 8493 §2.1.3: a path in a manifest escapes %, CR and LF. */
    static String encodePath(String path) {
        return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String decodePath(String path) {
        return path.replace("%0D", "\r").replace("%0d", "\r").replace("%0A", "\n").replace("%0a", "\n")
                .replace("%25", "%");
    }
}
