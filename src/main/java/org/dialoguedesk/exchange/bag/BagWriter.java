package org.dialoguedesk.exchange.bag;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dialoguedesk.common.BundleException;

/**
 * Writes payload entries as a BagIt 1.0 bag (RFC 8493) inside a ZIP whose single top-level folder is
 * the bag's name. The same input gives the same bytes: entries in a fixed order, every timestamp the
 * bagging date at midnight (local DOS time, so the writer's time zone does not matter), no extra
 * fields. Anything {@link BagReader} would refuse (unsafe or duplicate paths) is refused here first,
 * so a bundle written is a bundle that reads.
 */
public final class BagWriter {

    private static final Pattern BAG_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /**
     * The bag as ZIP bytes, for a payload made beforehand.
     *
     * @param bagName the top-level folder, such as {@code dialogue-desk-2026-11-23}
     * @throws IllegalArgumentException for a bag name or payload path that no bundle may have
     */
    public byte[] write(String bagName, BagInfo info, List<BagEntry> payload) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(bytes, bagName, info.baggingDate(), payload, () -> info);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Writes the bag as a ZIP: each payload file as it is made, counted and hashed on the way, then the tag
     * files, so bag-info.txt can tell what the payload turned out to hold.
     *
     * @param baggingDate every entry's timestamp; bag-info's {@code Bagging-Date} must say the same
     * @param info        asked for once the payload is written
     * @throws IllegalArgumentException for a bag name or payload path that no bundle may have
     */
    public void write(OutputStream out, String bagName, LocalDate baggingDate, List<? extends PayloadWriter> payload,
            Supplier<BagInfo> info) throws IOException {
        if (!BAG_NAME.matcher(bagName).matches()) {
            throw new IllegalArgumentException("not a usable bag name: " + bagName);
        }
        checkPaths(bagName, payload);
        LocalDateTime stamp = LocalDateTime.of(baggingDate, LocalTime.MIDNIGHT);
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        Map<String, String> sums = new LinkedHashMap<>();
        long octets = 0;
        for (PayloadWriter file : payload) {
            String path = TagFiles.DATA + file.path();
            Digesting digesting = new Digesting(zip);
            zip.putNextEntry(entry(bagName + "/" + path, stamp));
            if (file instanceof BagEntry made) {
                made.writeTo(digesting);
            } else {
                Piped.write(file, digesting);
            }
            zip.closeEntry();
            sums.put(path, digesting.sha256());
            octets += digesting.count();
        }
        BagInfo bagInfo = info.get();
        if (!bagInfo.baggingDate().equals(baggingDate)) {
            throw new IllegalStateException("bag-info's date " + bagInfo.baggingDate() + " is not " + baggingDate);
        }
        Map<String, String> tags = bagInfo.tags();
        tags.put(BagInfo.PAYLOAD_OXUM, octets + "." + payload.size());
        Map<String, byte[]> tagFiles = new LinkedHashMap<>();
        tagFiles.put(TagFiles.BAGIT, TagFiles.tagFile(BagReader.BAGIT_DECLARATION));
        tagFiles.put(TagFiles.BAG_INFO, TagFiles.tagFile(tags));
        tagFiles.put(TagFiles.MANIFEST, TagFiles.manifestOfSums(sums));
        tagFiles.put(TagFiles.TAG_MANIFEST, TagFiles.manifest(tagFiles));
        for (Map.Entry<String, byte[]> file : tagFiles.entrySet()) {
            zip.putNextEntry(entry(bagName + "/" + file.getKey(), stamp));
            zip.write(file.getValue());
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    private static ZipEntry entry(String name, LocalDateTime stamp) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(stamp);
        return entry;
    }

    /** Every payload path checked as the reader will, before a byte is written. */
    private static void checkPaths(String bagName, List<? extends PayloadWriter> payload) {
        ZipEntryNames names = new ZipEntryNames();
        for (PayloadWriter entry : payload) {
            String path = TagFiles.DATA + entry.path();
            try {
                names.accept(bagName + "/" + path);
            } catch (BundleException e) {
                throw new IllegalArgumentException("not a usable payload path: " + entry.path(), e);
            }
            if (entry.path().isEmpty() || entry.path().endsWith("/")) {
                throw new IllegalArgumentException("a payload path names a file, not a folder: " + entry.path());
            }
        }
    }

    /** Passes bytes on to the ZIP, counting and hashing them; closing it leaves the ZIP open. */
    private static final class Digesting extends FilterOutputStream {

        private final MessageDigest sha;
        private long count;

        Digesting(OutputStream out) {
            super(out);
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            sha.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            sha.update(b, off, len);
            count += len;
        }

        @Override
        public void close() {
            // the entry is closed by the bag writer
        }

        long count() {
            return count;
        }

        String sha256() {
            return HexFormat.of().formatHex(sha.digest());
        }
    }
}
