package org.dialoguedesk.exchange.bag;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
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

    /** A file of the ZIP: its path below the top-level folder and its bytes. */
    public record Item(String path, byte[] bytes) {
    }

    /** The ZIP's single top-level folder and the files in it, in the ZIP's order. */
    public record Unpacked(String folder, List<Item> items) {
    }

    private final ZipLimits limits;

    public SafeZip(ZipLimits limits) {
        this.limits = limits;
    }

    public Unpacked read(byte[] zip) {
        List<ZipDirectory.Entry> entries = ZipDirectory.read(zip, limits.maxEntries());
        ZipEntryNames names = new ZipEntryNames();
        List<Item> items = new ArrayList<>();
        long total = 0;
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
            byte[] bytes = unpack(zip, entry, limits.maxTotalBytes() - total);
            total += bytes.length;
            items.add(new Item(path, bytes));
        }
        return new Unpacked(names.folder().orElse(""), List.copyOf(items));
    }

    private byte[] unpack(byte[] zip, ZipDirectory.Entry entry, long totalLeft) {
        byte[] bytes = entry.method() == 0 ? stored(zip, entry, totalLeft) : inflate(zip, entry, totalLeft);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        if (bytes.length != entry.size() || crc.getValue() != entry.crc()) {
            throw new BundleException(Reason.INVALID, "bundle.container.entryCorrupt", entry.name());
        }
        return bytes;
    }

    private byte[] stored(byte[] zip, ZipDirectory.Entry entry, long totalLeft) {
        checkSize(entry, entry.compressedSize(), totalLeft);
        return Arrays.copyOfRange(zip, entry.dataStart(), entry.dataEnd());
    }

    private byte[] inflate(byte[] zip, ZipDirectory.Entry entry, long totalLeft) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(zip, entry.dataStart(), (int) entry.compressedSize());
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(entry.size(), CHUNK));
            byte[] chunk = new byte[CHUNK];
            boolean padded = false;
            long inflated = 0;
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0) {
                    if (!inflater.needsInput() || padded) {
                        throw new BundleException(Reason.INVALID, "bundle.container.entryCorrupt", entry.name());
                    }
                    // the raw deflate format may want one byte past the stream to see its end
                    inflater.setInput(new byte[1]);
                    padded = true;
                    continue;
                }
                inflated += n;
                checkSize(entry, inflated, totalLeft);
                if (inflated > limits.ratioFloorBytes() && inflated > (long) limits.maxRatio() * entry.compressedSize()) {
                    throw new BundleException(Reason.TOO_LARGE, "bundle.container.ratio", entry.name(), limits.maxRatio());
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new BundleException(Reason.INVALID, e, "bundle.container.entryCorrupt", entry.name());
        } finally {
            inflater.end();
        }
    }

    private void checkSize(ZipDirectory.Entry entry, long size, long totalLeft) {
        if (size > limits.maxEntryBytes()) {
            throw new BundleException(Reason.TOO_LARGE, "bundle.container.entryTooLarge", entry.name(),
                    limits.maxEntryBytes());
        }
        if (size > totalLeft) {
            throw new BundleException(Reason.TOO_LARGE, "bundle.container.totalTooLarge", limits.maxTotalBytes());
        }
    }
}
