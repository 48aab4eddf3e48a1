package org.dialoguedesk.exchange.bag;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.dialoguedesk.common.BundleException;
import org.dialoguedesk.common.BundleException.Reason;

/**
 * The table of contents of a ZIP held in memory, read from its central directory and checked against
 * each entry's local header. Written by hand rather than with {@code ZipInputStream} because that one
 * reads only the local headers (a ZIP can show one list of files to it and another to an unzip tool),
 * accepts a file cut short after a whole entry, and does not tell how many compressed bytes an entry
 * used, which a ZIP-bomb check must know.
 */
final class ZipDirectory {

    private static final int LOCAL = 0x04034b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;
    private static final int END_SIZE = 22;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;

    /** One file or folder: where its compressed bytes lie and what they should unpack to. */
    record Entry(String name, int method, long crc, long compressedSize, long size, int headerStart, int dataStart) {

        int dataEnd() {
            return Math.toIntExact(dataStart + compressedSize);
        }
    }

    private ZipDirectory() {
    }

    /** Whether the bytes start as a ZIP does (an entry, or an empty archive). */
    static boolean looksLikeZip(byte[] zip) {
        return zip.length >= 4 && zip[0] == 'P' && zip[1] == 'K'
                && (zip[2] == 3 && zip[3] == 4 || zip[2] == 5 && zip[3] == 6);
    }

    /** The entries in the order of the central directory, after every structural check. */
    static List<Entry> read(byte[] zip, int maxEntries) {
        if (!looksLikeZip(zip)) {
            throw new BundleException(Reason.NOT_A_BUNDLE, "bundle.container.notZip");
        }
        ByteBuffer in = ByteBuffer.wrap(zip).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int end = findEnd(in);
        if (u16(in, end + 4) != 0 || u16(in, end + 6) != 0 || u16(in, end + 8) != u16(in, end + 10)
                || u16(in, end + 10) == 0xffff || u32(in, end + 12) == 0xffffffffL || u32(in, end + 16) == 0xffffffffL) {
            throw new BundleException(Reason.INVALID, "bundle.container.unsupportedZip");
        }
        int count = u16(in, end + 10);
        if (count > maxEntries) {
            throw new BundleException(Reason.TOO_LARGE, "bundle.container.entryCount", maxEntries);
        }
        long directorySize = u32(in, end + 12);
        long directoryStart = u32(in, end + 16);
        if (directoryStart + directorySize != end) {
            throw new BundleException(Reason.INVALID, "bundle.container.directory", end);
        }
        List<Entry> entries = new ArrayList<>(count);
        int at = (int) directoryStart;
        for (int i = 0; i < count; i++) {
            require(in, at, 46, CENTRAL);
            int nameLength = u16(in, at + 28);
            int next = at + 46 + nameLength + u16(in, at + 30) + u16(in, at + 32);
            if (next > end) {
                throw new BundleException(Reason.INVALID, "bundle.container.directory", at);
            }
            byte[] nameBytes = Arrays.copyOfRange(zip, at + 46, at + 46 + nameLength);
            String name = name(nameBytes);
            int flags = u16(in, at + 8);
            int method = u16(in, at + 10);
            long compressed = u32(in, at + 20);
            long size = u32(in, at + 24);
            if ((flags & 0x41) != 0 || method != STORED && method != DEFLATED || u16(in, at + 34) != 0
                    || compressed == 0xffffffffL || size == 0xffffffffL) {
                throw new BundleException(Reason.INVALID, "bundle.container.unsupportedEntry", name);
            }
            int headerStart = (int) Math.min(u32(in, at + 42), Integer.MAX_VALUE);
            int dataStart = local(in, headerStart, nameBytes, method, name);
            if (dataStart + compressed > directoryStart) {
                throw new BundleException(Reason.INVALID, "bundle.container.truncatedEntry", name);
            }
            entries.add(new Entry(name, method, u32(in, at + 16), compressed, size, headerStart, dataStart));
            at = next;
        }
        if (at != end) {
            throw new BundleException(Reason.INVALID, "bundle.container.directory", at);
        }
        refuseOverlaps(entries);
        return entries;
    }

    /** The end-of-directory record: the last one whose comment runs exactly to the end of the file. */
    private static int findEnd(ByteBuffer in) {
        int length = in.capacity();
        for (int at = length - END_SIZE; at >= 0 && at >= length - END_SIZE - 0xffff; at--) {
            if (in.getInt(at) == END && at + END_SIZE + u16(in, at + 20) == length) {
                return at;
            }
        }
        throw new BundleException(Reason.INVALID, "bundle.container.truncated");
    }

    /** Checks the local header against the directory and gives where the entry's data starts. */
    private static int local(ByteBuffer in, int at, byte[] nameBytes, int method, String name) {
        require(in, at, 30, LOCAL);
        int nameLength = u16(in, at + 26);
        long dataStart = (long) at + 30 + nameLength + u16(in, at + 28);
        if (dataStart > in.capacity() || nameLength != nameBytes.length
                || !Arrays.equals(in.array(), at + 30, at + 30 + nameLength, nameBytes, 0, nameBytes.length)
                || u16(in, at + 8) != method || (u16(in, at + 6) & 0x41) != 0) {
            throw new BundleException(Reason.INVALID, "bundle.container.headerMismatch", name);
        }
        return (int) dataStart;
    }

    /**
     * Entries sharing compressed bytes are how the most compact ZIP bombs multiply one stream into
     * thousands of files; each entry must own its bytes.
     */
    private static void refuseOverlaps(List<Entry> entries) {
        List<Entry> byPosition = new ArrayList<>(entries);
        byPosition.sort(Comparator.comparingInt(Entry::headerStart));
        for (int i = 1; i < byPosition.size(); i++) {
            Entry before = byPosition.get(i - 1);
            Entry entry = byPosition.get(i);
            if (entry.headerStart() < before.dataEnd()) {
                throw new BundleException(Reason.INVALID, "bundle.container.overlap", entry.name(), before.name());
            }
        }
    }

    private static String name(byte[] bytes) {
        try {
            return TagFiles.strictUtf8(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BundleException(Reason.INVALID, e, "bundle.container.nameInvalid",
                    new String(bytes, StandardCharsets.UTF_8));
        }
    }

    private static void require(ByteBuffer in, int at, int size, int signature) {
        if (at < 0 || (long) at + size > in.capacity() || in.getInt(at) != signature) {
            throw new BundleException(Reason.INVALID, "bundle.container.directory", at);
        }
    }

    private static int u16(ByteBuffer in, int at) {
        return Short.toUnsignedInt(in.getShort(at));
    }

    private static long u32(ByteBuffer in, int at) {
        return Integer.toUnsignedLong(in.getInt(at));
    }
}
