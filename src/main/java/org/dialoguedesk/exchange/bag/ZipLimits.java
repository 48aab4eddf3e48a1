package org.dialoguedesk.exchange.bag;

/**
 * How much a bundle may unpack to. The defaults are far above what the largest secretariat exports
 * (tens of megabytes) and far below what would exhaust the application's memory, since a bundle is
 * unpacked in memory to be checked before anything is stored.
 *
 * @param maxEntries      files and folders in the ZIP
 * @param maxEntryBytes   bytes one file may unpack to
 * @param maxTotalBytes   bytes all files together may unpack to
 * @param maxRatio        how many times larger than its compressed form a file may become, once it is
 *                        larger than {@code ratioFloorBytes} (a small file of spaces legitimately
 *                        compresses a thousandfold; a bomb needs size to do harm)
 * @param ratioFloorBytes size under which the ratio is not checked
 */
public record ZipLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio, long ratioFloorBytes) {

    public static final ZipLimits DEFAULT = new ZipLimits(10_000, 256L << 20, 256L << 20, 200, 1L << 20);

    public ZipLimits {
        if (maxEntries < 1 || maxEntryBytes < 1 || maxTotalBytes < 1 || maxRatio < 1 || ratioFloorBytes < 0) {
            throw new IllegalArgumentException("ZIP limits must be positive");
        }
    }
}
