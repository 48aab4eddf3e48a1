package org.dialoguedesk.exchange.bag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.dialoguedesk.common.BundleException;
import org.dialoguedesk.common.BundleException.Reason;

/**
 * Unpacks a bundle's ZIP in memory, refusing whatever could harm the reader or a later unzip: hostile
 * names (see {@link ZipEntryNames}), too many entries, and bombs. Sizes are counted on the bytes
 * actually inflated, never taken from the headers, and unpacking stops as soon as a limit is passed, so
 * a bomb costs at most one limit's worth of memory.
 */
public final class SafeZip {

    private static final int CHUNK = 64 * 1024;

    /**
     * A file of the ZIP: its path below the top-level folder, its size and SHA-256 as checked when the ZIP
     * was read, and its bytes, inflated again each time they are asked for, so a large file is never held.
     */
    public static final class Item {

        private final String path;
        private final byte[] zip;
        private final ZipDirectory.Entry entry;
        private final ZipLimits limits;
        private final long size;
        private final String sha256;

        private Item(String path, byte[] zip, ZipDirectory.Entry entry, ZipLimits limits, long size, String sha256) {
            this.path = path;
            this.zip = zip;
            this.entry = entry;
            this.limits = limits;
            this.size = size;
            this.sha256 = sha256;
        }

        public String path() {
            return path;
        }

        public long size() {
            return size;
        }

        /** The SHA-256 of the bytes, in lower-case hex. */
        public String sha256() {
            return sha256;
        }

        /** The bytes, inflated anew; they were checked when the ZIP was read. */
        public InputStream open() {
            return new EntryStream(zip, entry, limits, Long.MAX_VALUE);
        }

        public byte[] bytes() {
            try (InputStream in = open()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The ZIP's single top-level folder and the files in it, in the ZIP's order. */
    public record Unpacked(String folder, List<Item> items) {
    }

    private final ZipLimits limits;

    public SafeZip(ZipLimits limits) {
        this.limits = limits;
    }

    /**
     * Checks every entry by inflating it once, counting the bytes actually inflated against the limits and
     * checking its size and CRC, and keeps each one's SHA-256; nothing inflated is held.
     */
    public Unpacked read(byte[] zip) {
        List<ZipDirectory.Entry> entries = ZipDirectory.read(zip, limits.maxEntries());
        ZipEntryNames names = new ZipEntryNames();
        List<Item> items = new ArrayList<>();
        long total = 0;
        byte[] chunk = new byte[CHUNK];
        for (ZipDirectory.Entry entry : entries) {
            String path = names.accept(entry.name());
            if (entry.name().endsWith("/")) {
                if (entry.size() != 0 || entry.compressedSize() > 2) {
                    throw new BundleException(Reason.INVALID, "bundle.container.unsupportedEntry", entry.name());
                }
                continue;
            }
            if (entry.size() > limits.maxEntryBytes()) {
                throw new BundleException(Reason.TOO_LARGE, "bundle.container.entryTooLarge", entry.name(),
                        limits.maxEntryBytes());
            }
            MessageDigest sha = sha256();
            long size = 0;
            try (EntryStream in = new EntryStream(zip, entry, limits, limits.maxTotalBytes() - total)) {
                for (int n; (n = in.read(chunk, 0, chunk.length)) > 0; ) {
                    sha.update(chunk, 0, n);
                    size += n;
                }
            }
            total += size;
            items.add(new Item(path, zip, entry, limits, size, HexFormat.of().formatHex(sha.digest())));
        }
        return new Unpacked(names.folder().orElse(""), List.copyOf(items));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * One entry's bytes as they inflate, refused as soon as they pass a limit (the entry's, what is left of
     * the total, the compression ratio) and, at the end, unless their size and CRC are the directory's.
     */
    private static final class EntryStream extends InputStream {

        private final byte[] zip;
        private final ZipDirectory.Entry entry;
        private final ZipLimits limits;
        private final long totalLeft;
        private final Inflater inflater;
        private final CRC32 crc = new CRC32();
        private int position;
        private long produced;
        private boolean padded;
        private boolean done;

        EntryStream(byte[] zip, ZipDirectory.Entry entry, ZipLimits limits, long totalLeft) {
            this.zip = zip;
            this.entry = entry;
            this.limits = limits;
            this.totalLeft = totalLeft;
            this.position = entry.dataStart();
            if (entry.method() == 0) {
                inflater = null;
                checkSize(entry.compressedSize());
            } else {
                inflater = new Inflater(true);
                inflater.setInput(zip, entry.dataStart(), (int) entry.compressedSize());
            }
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (done) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            int n = inflater == null ? copyStored(buffer, offset, length) : inflate(buffer, offset, length);
            if (n < 0) {
                finish();
                return -1;
            }
            crc.update(buffer, offset, n);
            produced += n;
            return n;
        }

        private int copyStored(byte[] buffer, int offset, int length) {
            int left = entry.dataEnd() - position;
            if (left == 0) {
                return -1;
            }
            int n = Math.min(left, length);
            System.arraycopy(zip, position, buffer, offset, n);
            position += n;
            return n;
        }

        private int inflate(byte[] buffer, int offset, int length) {
            try {
                while (true) {
                    if (inflater.finished()) {
                        return -1;
                    }
                    int n = inflater.inflate(buffer, offset, length);
                    if (n > 0) {
                        long inflated = produced + n;
                        checkSize(inflated);
                        if (inflated > limits.ratioFloorBytes()
                                && inflated > (long) limits.maxRatio() * entry.compressedSize()) {
                            throw new BundleException(Reason.TOO_LARGE, "bundle.container.ratio", entry.name(),
                                    limits.maxRatio());
                        }
                        return n;
                    }
                    if (!inflater.needsInput() || padded) {
                        if (inflater.finished()) {
                            return -1;
                        }
                        throw new BundleException(Reason.INVALID, "bundle.container.entryCorrupt", entry.name());
                    }
                    // the raw deflate format may want one byte past the stream to see its end
                    inflater.setInput(new byte[1]);
                    padded = true;
                }
            } catch (DataFormatException e) {
                throw new BundleException(Reason.INVALID, e, "bundle.container.entryCorrupt", entry.name());
            }
        }

        private void finish() {
            done = true;
            close();
            if (produced != entry.size() || crc.getValue() != entry.crc()) {
                throw new BundleException(Reason.INVALID, "bundle.container.entryCorrupt", entry.name());
            }
        }

        private void checkSize(long size) {
            if (size > limits.maxEntryBytes()) {
                throw new BundleException(Reason.TOO_LARGE, "bundle.container.entryTooLarge", entry.name(),
                        limits.maxEntryBytes());
            }
            if (size > totalLeft) {
                throw new BundleException(Reason.TOO_LARGE, "bundle.container.totalTooLarge", limits.maxTotalBytes());
            }
        }

        @Override
        public void close() {
            if (inflater != null) {
                inflater.end();
            }
        }
    }
}
