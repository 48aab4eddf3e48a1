package org.dialoguedesk.exchange.bag;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
     * The bag as ZIP bytes.
     *
     * @param bagName the top-level folder, such as {@code dialogue-desk-2026-11-23}
     * @throws IllegalArgumentException for a bag name or payload path that no bundle may have
     */
    public byte[] write(String bagName, BagInfo info, List<BagEntry> payload) {
        if (!BAG_NAME.matcher(bagName).matches()) {
            throw new IllegalArgumentException("not a usable bag name: " + bagName);
        }
        Map<String, byte[]> data = payloadFiles(bagName, payload);
        long octets = payload.stream().mapToLong(e -> e.bytes().length).sum();
        Map<String, String> tags = info.tags();
        tags.put(BagInfo.PAYLOAD_OXUM, octets + "." + payload.size());

        Map<String, byte[]> tagFiles = new LinkedHashMap<>();
        tagFiles.put(TagFiles.BAGIT, TagFiles.tagFile(BagReader.BAGIT_DECLARATION));
        tagFiles.put(TagFiles.BAG_INFO, TagFiles.tagFile(tags));
        tagFiles.put(TagFiles.MANIFEST, TagFiles.manifest(data));
        byte[] tagManifest = TagFiles.manifest(tagFiles);
        tagFiles.put(TagFiles.TAG_MANIFEST, tagManifest);

        LocalDateTime stamp = LocalDateTime.of(info.baggingDate(), LocalTime.MIDNIGHT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            for (Map<String, byte[]> files : List.of(tagFiles, data)) {
                for (Map.Entry<String, byte[]> file : files.entrySet()) {
                    ZipEntry entry = new ZipEntry(bagName + "/" + file.getKey());
                    entry.setTimeLocal(stamp);
                    zip.putNextEntry(entry);
                    zip.write(file.getValue());
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** The payload under {@code data/}, in the caller's order, each path checked as the reader will. */
    private static Map<String, byte[]> payloadFiles(String bagName, List<BagEntry> payload) {
        Map<String, byte[]> data = new LinkedHashMap<>();
        ZipEntryNames names = new ZipEntryNames();
        for (BagEntry entry : payload) {
            String path = TagFiles.DATA + entry.path();
            try {
                names.accept(bagName + "/" + path);
            } catch (BundleException e) {
                throw new IllegalArgumentException("not a usable payload path: " + entry.path(), e);
            }
            if (entry.path().isEmpty() || entry.path().endsWith("/")) {
                throw new IllegalArgumentException("a payload path names a file, not a folder: " + entry.path());
            }
            data.put(path, entry.bytes());
        }
        return data;
    }
}
