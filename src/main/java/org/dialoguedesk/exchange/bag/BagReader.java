package org.dialoguedesk.exchange.bag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dialoguedesk.common.BundleException;
import org.dialoguedesk.common.BundleException.Reason;

/**
 * Reads a bag written by {@link BagWriter} and gives its payload back only when every check passed:
 * a safe ZIP, BagIt 1.0, the four tag files and nothing else beside {@code data/}, a format version
 * this Dialogue Desk knows, every tag-manifest and manifest line matching its file, every payload file
 * listed, and the Payload-Oxum. The first problem found is thrown, naming the file and the line.
 */
public final class BagReader {

    private static final List<String> BAGIT_ORDER = List.of("BagIt-Version", "Tag-File-Character-Encoding");
    static final Map<String, String> BAGIT_DECLARATION = declaration();
    private static final Set<String> TAG_FILES = Set.of(TagFiles.BAGIT, TagFiles.BAG_INFO, TagFiles.MANIFEST,
            TagFiles.TAG_MANIFEST);

    /**
     * A bag that passed every check: its name (the ZIP's folder), what bag-info.txt says, and its payload
     * files, whose paths are below {@code data/} and whose bytes are inflated anew when read.
     */
    public record Bag(String name, BagInfo info, List<PayloadFile> files) {

        /** The payload files with their bytes, all in memory: for small bags. */
        public List<BagEntry> payload() {
            return files.stream().map(f -> new BagEntry(f.path(), f.bytes())).toList();
        }
    }

    private final SafeZip zip;

    public BagReader(ZipLimits limits) {
        this.zip = new SafeZip(limits);
    }

    public BagReader() {
        this(ZipLimits.DEFAULT);
    }

    public Bag read(byte[] bytes) {
        SafeZip.Unpacked unpacked = zip.read(bytes);
        Map<String, byte[]> tagFiles = new HashMap<>();
        Map<String, SafeZip.Item> payload = new LinkedHashMap<>();
        for (SafeZip.Item item : unpacked.items()) {
            if (item.path().startsWith(TagFiles.DATA)) {
                payload.put(item.path(), item);
            } else if (TAG_FILES.contains(item.path())) {
                tagFiles.put(item.path(), item.bytes());
            } else {
                throw new BundleException(Reason.INVALID, "bundle.container.unexpectedFile", item.path());
            }
        }
        checkDeclaration(required(tagFiles, TagFiles.BAGIT));
        List<TagFiles.Tag> tags = TagFiles.tags(TagFiles.BAG_INFO, required(tagFiles, TagFiles.BAG_INFO));
        BagInfoTags.checkFormatVersion(tags);
        Map<String, String> tagSums = new HashMap<>();
        without(tagFiles, TagFiles.TAG_MANIFEST).forEach((path, b) -> tagSums.put(path, TagFiles.sha256(b)));
        checkManifest(TagFiles.TAG_MANIFEST, required(tagFiles, TagFiles.TAG_MANIFEST), tagSums);
        Map<String, String> payloadSums = new LinkedHashMap<>();
        payload.forEach((path, item) -> payloadSums.put(path, item.sha256()));
        checkManifest(TagFiles.MANIFEST, required(tagFiles, TagFiles.MANIFEST), payloadSums);
        BagInfo info = BagInfoTags.read(tags, payload.values().stream().map(SafeZip.Item::size).toList());
        List<PayloadFile> files = new ArrayList<>();
        payload.forEach((path, item) -> files.add(new PayloadFile(path.substring(TagFiles.DATA.length()), item)));
        return new Bag(unpacked.folder(), info, List.copyOf(files));
    }

    private static Map<String, String> declaration() {
        Map<String, String> declaration = new LinkedHashMap<>();
        declaration.put(BAGIT_ORDER.get(0), "1.0");
        declaration.put(BAGIT_ORDER.get(1), "UTF-8");
        return Collections.unmodifiableMap(declaration);
    }

    private static byte[] required(Map<String, byte[]> tagFiles, String name) {
        byte[] bytes = tagFiles.get(name);
        if (bytes == null) {
            throw new BundleException(Reason.INVALID, "bundle.container.missingTagFile", name);
        }
        return bytes;
    }

    private static Map<String, byte[]> without(Map<String, byte[]> files, String name) {
        Map<String, byte[]> rest = new HashMap<>(files);
        rest.remove(name);
        return rest;
    }

    /** bagit.txt holds exactly the two declarations of BagIt 1.0, in their order. */
    private static void checkDeclaration(byte[] bytes) {
        List<TagFiles.Tag> tags = TagFiles.tags(TagFiles.BAGIT, bytes);
        for (int i = 0; i < BAGIT_ORDER.size(); i++) {
            String label = BAGIT_ORDER.get(i);
            if (tags.size() <= i || !tags.get(i).label().equals(label)) {
                throw new BundleException(Reason.INVALID, "bundle.container.tagMissing", TagFiles.BAGIT, label);
            }
            if (!tags.get(i).value().equals(BAGIT_DECLARATION.get(label))) {
                throw new BundleException(Reason.INVALID, "bundle.container.bagitVersion", TagFiles.BAGIT, label,
                        tags.get(i).value());
            }
        }
        if (tags.size() > BAGIT_ORDER.size()) {
            throw new BundleException(Reason.INVALID, "bundle.container.tagLine", TagFiles.BAGIT,
                    tags.get(BAGIT_ORDER.size()).line());
        }
    }

    /**
     * Each file listed once, present, and matching; each file that should be listed, listed. The
     * manifest is checked against what the ZIP holds, so a file slipped into the ZIP afterwards is
     * refused as surely as a changed one.
     */
    private static void checkManifest(String manifest, byte[] bytes, Map<String, String> files) {
        Map<String, TagFiles.Listed> seen = new HashMap<>();
        for (TagFiles.Listed listed : TagFiles.listed(manifest, bytes)) {
            ZipEntryNames.checkShape(listed.path());
            TagFiles.Listed earlier = seen.putIfAbsent(ZipEntryNames.fold(listed.path()), listed);
            if (earlier != null) {
                throw new BundleException(Reason.INVALID, "bundle.container.manifestTwice", manifest, listed.line(),
                        listed.path(), earlier.line());
            }
            String sum = files.get(listed.path());
            if (sum == null) {
                throw new BundleException(Reason.INVALID, "bundle.container.missingFile", manifest, listed.path(),
                        listed.line());
            }
            if (!sum.equalsIgnoreCase(listed.checksum())) {
                throw new BundleException(Reason.TAMPERED, "bundle.container.checksum", listed.path(), manifest,
                        listed.line());
            }
        }
        for (String path : files.keySet()) {
            if (!seen.containsKey(ZipEntryNames.fold(path))) {
                throw new BundleException(Reason.INVALID, "bundle.container.notInManifest", path, manifest);
            }
        }
    }
}
