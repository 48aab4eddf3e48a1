package org.dialoguedesk.exchange.bag;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Bags and ZIPs for the container tests, valid or broken on purpose, built without the reader under test. */
final class TestBags {

    static final String NAME = "desk-bundle";

    private TestBags() {
    }

    static BagInfo info() {
        return new BagInfo(LocalDate.of(2026, 11, 23), "Rabat Process secretariat", "8b0c6a2e-installation",
                "Amina Haddad", BundleScope.EXCHANGE, 1, "all dialogues", "contacts=2; meetings=1", "");
    }

    static List<BagEntry> payload() {
        return List.of(
                new BagEntry("datapackage.json", utf8("{\"name\":\"desk\",\"resources\":[]}\n")),
                new BagEntry("resources/contacts.json", utf8("[{\"name\":\"Salma\"},{\"name\":\"Éloïse\"}]\n")),
                new BagEntry("resources/meetings.json", utf8("[{\"title\":\"اجتماع الرباط\"}]\n")));
    }

    static byte[] validBag() {
        return new BagWriter().write(NAME, info(), payload());
    }

    /** The files of a valid bag, by path below its folder, in order: to change one and zip them again. */
    static Map<String, byte[]> validFiles() {
        return validFilesOf(validBag());
    }

    static Map<String, byte[]> validFilesOf(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        new SafeZip(ZipLimits.DEFAULT).read(zip).items().forEach(i -> files.put(i.path(), i.bytes()));
        return files;
    }

    /** The entries' headers as Java's own ZIP reader sees them. */
    static List<ZipEntry> zipEntries(byte[] zip) {
        List<ZipEntry> entries = new java.util.ArrayList<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** Recomputes the tag manifest after a tag file was changed on purpose, so a deeper check is reached. */
    static Map<String, byte[]> resealTags(Map<String, byte[]> files) {
        Map<String, byte[]> tags = new LinkedHashMap<>();
        for (String tag : List.of(TagFiles.BAGIT, TagFiles.BAG_INFO, TagFiles.MANIFEST)) {
            tags.put(tag, files.get(tag));
        }
        files.put(TagFiles.TAG_MANIFEST, TagFiles.manifest(tags));
        return files;
    }

    static byte[] bag(Map<String, byte[]> files) {
        Map<String, byte[]> named = new LinkedHashMap<>();
        files.forEach((path, bytes) -> named.put(NAME + "/" + path, bytes));
        return zip(named);
    }

    /** A ZIP of exactly these names, deflated. */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Every occurrence of one byte string replaced by another of the same length (names in both headers). */
    static byte[] replace(byte[] zip, String from, String to) {
        byte[] a = utf8(from);
        byte[] b = utf8(to);
        if (a.length != b.length) {
            throw new IllegalArgumentException("names must keep their length");
        }
        byte[] out = zip.clone();
        int replaced = 0;
        for (int i = 0; i + a.length <= out.length; i++) {
            if (java.util.Arrays.equals(out, i, i + a.length, a, 0, a.length)) {
                System.arraycopy(b, 0, out, i, b.length);
                replaced++;
            }
        }
        if (replaced == 0) {
            throw new IllegalArgumentException("nothing replaced");
        }
        return out;
    }

    /** Offset of the n-th central directory header (0-based). */
    static int centralHeader(byte[] zip, int n) {
        ByteBuffer in = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0, found = 0; i + 4 <= zip.length; i++) {
            if (in.getInt(i) == 0x02014b50 && found++ == n) {
                return i;
            }
        }
        throw new IllegalArgumentException("no central header " + n);
    }

    static void putInt(byte[] zip, int at, int value) {
        ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN).putInt(at, value);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
