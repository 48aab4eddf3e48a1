package org.dialoguedesk.exchange.bag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

class BagWriterTest {

    @Test
    void roundTripGivesBackTheSameEntriesInOrderAndTheSameInfo() {
        BagReader.Bag bag = new BagReader().read(TestBags.validBag());

        assertEquals(TestBags.NAME, bag.name());
        assertEquals(TestBags.info(), bag.info());
        List<BagEntry> expected = TestBags.payload();
        assertEquals(expected.size(), bag.payload().size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).path(), bag.payload().get(i).path());
            assertArrayEquals(expected.get(i).bytes(), bag.payload().get(i).bytes());
        }
    }

    @Test
    void aFileWrittenAsItIsMadeComesBackWholeAcrossManyChunks() throws Exception {
        byte[] big = new byte[(1 << 20) + 12_345];
        new java.util.Random(7).nextBytes(big);
        PayloadWriter made = writer("records/big.bin", out -> {
            for (int i = 0; i < big.length; i += 1000) {
                out.write(big, i, Math.min(1000, big.length - i));
            }
        });
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();

        new BagWriter().write(zip, "streamed", TestBags.info().baggingDate(), List.of(made), TestBags::info);

        BagReader.Bag bag = new BagReader().read(zip.toByteArray());
        assertArrayEquals(big, bag.payload().get(0).bytes());
    }

    @Test
    void aFileWhoseWriterFailsStopsTheBagWithTheWritersError() {
        PayloadWriter failing = writer("records/broken.json", out -> {
            out.write(new byte[200_000]);
            throw new java.io.IOException("the database went away");
        });

        java.io.IOException e = assertThrows(java.io.IOException.class, () -> new BagWriter().write(
                new java.io.ByteArrayOutputStream(), "failing", TestBags.info().baggingDate(), List.of(failing),
                TestBags::info));
        assertEquals("the database went away", e.getMessage());
    }

    private interface Body {
        void write(java.io.OutputStream out) throws java.io.IOException;
    }

    private static PayloadWriter writer(String path, Body body) {
        return new PayloadWriter() {
            @Override
            public String path() {
                return path;
            }

            @Override
            public void writeTo(java.io.OutputStream out) throws java.io.IOException {
                body.write(out);
            }
        };
    }

    @Test
    void emptyPayloadRoundTripsWithOxumOfNothing() {
        byte[] zip = new BagWriter().write("empty", TestBags.info(), List.of());

        BagReader.Bag bag = new BagReader().read(zip);

        assertEquals(List.of(), bag.payload());
        assertTrue(TestBags.text(TestBags.validFilesOf(zip).get("bag-info.txt")).contains("Payload-Oxum: 0.0\n"));
    }

    @Test
    void sameInputGivesSameBytesWhateverTheTimeZone() {
        byte[] first = TestBags.validBag();
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertArrayEquals(first, TestBags.validBag());
        } finally {
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void writesBagItLayoutUnderOneFolderWithTagsInFixedOrder() {
        Map<String, byte[]> files = TestBags.validFiles();

        // the payload first, as it is made; then the tag files that describe it
        assertEquals(List.of("data/datapackage.json", "data/resources/contacts.json", "data/resources/meetings.json",
                "bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt"),
                List.copyOf(files.keySet()));
        assertEquals("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", TestBags.text(files.get("bagit.txt")));
        long octets = TestBags.payload().stream().mapToLong(e -> e.bytes().length).sum();
        assertEquals("""
                Bagging-Date: 2026-11-23
                Source-Organization: Rabat Process secretariat
                Bundle-Installation: 8b0c6a2e-installation
                Bundle-Officer: Amina Haddad
                Bundle-Scope: exchange
                Bundle-Format-Version: 1
                Bundle-Selection: all dialogues
                Bundle-Counts: contacts=2; meetings=1
                Payload-Oxum: %d.3
                """.formatted(octets), TestBags.text(files.get("bag-info.txt")));
        String manifest = TestBags.text(files.get("manifest-sha256.txt"));
        assertTrue(manifest.startsWith(TagFiles.sha256(TestBags.payload().get(0).bytes()) + "  data/datapackage.json\n"),
                manifest);
        assertEquals(3, TestBags.text(files.get("tagmanifest-sha256.txt")).lines().count());
    }

    @Test
    void everyEntryIsStampedWithTheBaggingDate() {
        TestBags.zipEntries(TestBags.validBag()).forEach((ZipEntry e) ->
                assertEquals(TestBags.info().baggingDate().atStartOfDay(), e.getTimeLocal(), e.getName()));
    }

    @Test
    void lineBreaksInTagValuesBecomeSpaces() {
        BagInfo info = new BagInfo(TestBags.info().baggingDate(), "Secretariat\r\n  of the dialogue", "inst", "",
                BundleScope.PUBLIC, 1, "", "", "passed: 12 texts checked");

        BagReader.Bag bag = new BagReader().read(new BagWriter().write("b", info, List.of()));

        assertEquals("Secretariat of the dialogue", bag.info().sourceOrganization());
        assertEquals("passed: 12 texts checked", bag.info().leakCheck());
        assertEquals(BundleScope.PUBLIC, bag.info().scope());
    }

    @Test
    void writerRefusesPayloadPathsTheReaderWouldRefuse() {
        BagWriter writer = new BagWriter();
        for (String path : List.of("../evil.json", "/etc/passwd", "a\\b.json", "C:/x.json", "a//b.json", "./a.json",
                "", "folder/")) {
            assertThrows(IllegalArgumentException.class,
                    () -> writer.write("b", TestBags.info(), List.of(new BagEntry(path, new byte[0]))), path);
        }
        assertThrows(IllegalArgumentException.class, () -> writer.write("b", TestBags.info(),
                List.of(new BagEntry("a.json", new byte[0]), new BagEntry("A.JSON", new byte[0]))));
        assertThrows(IllegalArgumentException.class, () -> writer.write("b", TestBags.info(),
                List.of(new BagEntry("a", new byte[0]), new BagEntry("a/b.json", new byte[0]))));
    }

    @Test
    void writerRefusesABagNameThatIsNotOneSafeFolder() {
        for (String name : List.of("", "..", "a/b", "a b", "-x")) {
            assertThrows(IllegalArgumentException.class, () -> new BagWriter().write(name, TestBags.info(), List.of()));
        }
    }
}
