package org.dialoguedesk.exchange.bag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.dialoguedesk.common.BundleException;
import org.dialoguedesk.common.BundleException.Reason;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Messages;
import org.junit.jupiter.api.Test;

/** Bags that unzip safely but are not what their manifests say: each refused, naming the file and line. */
class BagReaderTest {

    @Test
    void refusesABagWithoutBagitTxt() {
        Map<String, byte[]> files = TestBags.validFiles();
        files.remove("bagit.txt");
        BundleException e = assertRefused(Reason.INVALID, "bundle.container.missingTagFile", files);
        assertEquals(List.of("bagit.txt"), e.args());
    }

    @Test
    void refusesABagOfAnotherBagItVersion() {
        Map<String, byte[]> files = TestBags.validFiles();
        files.put("bagit.txt", TestBags.utf8("BagIt-Version: 0.96\nTag-File-Character-Encoding: UTF-8\n"));
        BundleException e = assertRefused(Reason.INVALID, "bundle.container.bagitVersion", files);
        assertEquals(List.of("bagit.txt", "BagIt-Version", "0.96"), e.args());
    }

    @Test
    void refusesABagWithoutTagManifest() {
        Map<String, byte[]> files = TestBags.validFiles();
        files.remove("tagmanifest-sha256.txt");
        assertRefused(Reason.INVALID, "bundle.container.missingTagFile", files);
    }

    @Test
    void refusesAPayloadFileChangedAfterwardsNamingTheManifestLine() {
        Map<String, byte[]> files = TestBags.validFiles();
        files.put("data/resources/contacts.json", TestBags.utf8("[{\"name\":\"Mallory\"}]\n"));
        BundleException e = assertRefused(Reason.TAMPERED, "bundle.container.checksum", files);
        assertEquals(List.of("data/resources/contacts.json", "manifest-sha256.txt", 2), e.args());
    }

    @Test
    void refusesAPayloadFileAddedAfterwards() {
        Map<String, byte[]> files = TestBags.validFiles();
        files.put("data/resources/extra.json", TestBags.utf8("[]"));
        BundleException e = assertRefused(Reason.INVALID, "bundle.container.notInManifest", files);
        assertEquals(List.of("data/resources/extra.json", "manifest-sha256.txt"), e.args());
    }

    @Test
    void refusesAPayloadFileRemovedAfterwards() {
        Map<String, byte[]> files = TestBags.validFiles();
        files.remove("data/resources/meetings.json");
        BundleException e = assertRefused(Reason.INVALID, "bundle.container.missingFile", files);
        assertEquals(List.of("manifest-sha256.txt", "data/resources/meetings.json", 3), e.args());
    }

    @Test
    void refusesBagInfoChangedWithoutItsTagManifest() {
        Map<String, byte[]> files = TestBags.validFiles();
        files.put("bag-info.txt", TestBags.utf8(TestBags.text(files.get("bag-info.txt")).replace("Amina", "Eve")));
        BundleException e = assertRefused(Reason.TAMPERED, "bundle.container.checksum", files);
        assertEquals(List.of("bag-info.txt", "tagmanifest-sha256.txt", 2), e.args());
    }

    @Test
    void refusesAFileBesideTheDataFolder() {
        Map<String, byte[]> files = TestBags.validFiles();
        files.put("fetch.txt", TestBags.utf8("http://example.org/x 12 data/x\n"));
        assertRefused(Reason.INVALID, "bundle.container.unexpectedFile", files);
    }

    @Test
    void refusesAManifestLineThatIsNotAChecksumAndPath() {
        Map<String, byte[]> files = TestBags.validFiles();
        String manifest = TestBags.text(files.get("manifest-sha256.txt"));
        files.put("manifest-sha256.txt", TestBags.utf8(manifest + "not-a-checksum data/x.json\n"));
        BundleException e = assertRefused(Reason.INVALID, "bundle.container.manifestLine", TestBags.resealTags(files));
        assertEquals(List.of("manifest-sha256.txt", 4), e.args());
    }

    @Test
    void refusesAManifestListingAPathThatClimbsOut() {
        Map<String, byte[]> files = TestBags.validFiles();
        String manifest = TestBags.text(files.get("manifest-sha256.txt"));
        files.put("manifest-sha256.txt", TestBags.utf8(manifest + "0".repeat(64) + "  data/../../x\n"));
        assertRefused(Reason.INVALID, "bundle.container.nameTraversal", TestBags.resealTags(files));
    }

    @Test
    void refusesAManifestListingAFileTwice() {
        Map<String, byte[]> files = TestBags.validFiles();
        String manifest = TestBags.text(files.get("manifest-sha256.txt"));
        files.put("manifest-sha256.txt", TestBags.utf8(manifest + manifest.lines().findFirst().orElseThrow() + "\n"));
        BundleException e = assertRefused(Reason.INVALID, "bundle.container.manifestTwice", TestBags.resealTags(files));
        assertEquals(List.of("manifest-sha256.txt", 4, "data/datapackage.json", 1), e.args());
    }

    @Test
    void refusesABundleFromANewerDialogueDeskSayingSo() {
        Map<String, byte[]> files = TestBags.validFiles();
        files.put("bag-info.txt", TestBags.utf8(TestBags.text(files.get("bag-info.txt"))
                .replace("Bundle-Format-Version: 1", "Bundle-Format-Version: 2")));
        BundleException e = assertRefused(Reason.NEWER_FORMAT, "bundle.container.newerFormat", files);
        assertEquals("This bundle was made by a newer Dialogue Desk (bundle format 2; this version reads format 1)."
                + " Update Dialogue Desk to read it.", e.getMessage());
        assertEquals("Ce paquet a été créé par une version plus récente de Dialogue Desk (format de paquet 2 ; cette"
                + " version lit le format 1). Mettez Dialogue Desk à jour pour le lire.", e.localized(new Messages(Lang.FR)));
    }

    @Test
    void refusesABagInfoWithoutFormatVersion() {
        Map<String, byte[]> files = TestBags.validFiles();
        files.put("bag-info.txt", TestBags.utf8(TestBags.text(files.get("bag-info.txt"))
                .replace("Bundle-Format-Version: 1\n", "")));
        BundleException e = assertRefused(Reason.INVALID, "bundle.container.tagMissing", TestBags.resealTags(files));
        assertEquals(List.of("bag-info.txt", "Bundle-Format-Version"), e.args());
    }

    @Test
    void refusesAPayloadOxumThatDoesNotMatchTheData() {
        Map<String, byte[]> files = TestBags.validFiles();
        files.put("bag-info.txt", TestBags.utf8(TestBags.text(files.get("bag-info.txt"))
                .replaceAll("Payload-Oxum: \\d+\\.3", "Payload-Oxum: 10.4")));
        BundleException e = assertRefused(Reason.TAMPERED, "bundle.container.oxum", TestBags.resealTags(files));
        assertEquals("10.4", e.args().get(0));
    }

    @Test
    void refusesAKnownTagGivenTwice() {
        Map<String, byte[]> files = TestBags.validFiles();
        files.put("bag-info.txt", TestBags.utf8(TestBags.text(files.get("bag-info.txt")) + "bundle-scope: public\n"));
        BundleException e = assertRefused(Reason.INVALID, "bundle.container.tagTwice", TestBags.resealTags(files));
        assertEquals(List.of("bag-info.txt", "Bundle-Scope", 10), e.args());
    }

    @Test
    void refusesAnUnknownScope() {
        Map<String, byte[]> files = TestBags.validFiles();
        files.put("bag-info.txt", TestBags.utf8(TestBags.text(files.get("bag-info.txt"))
                .replace("Bundle-Scope: exchange", "Bundle-Scope: everything")));
        BundleException e = assertRefused(Reason.INVALID, "bundle.container.tagValue", TestBags.resealTags(files));
        assertEquals(List.of("bag-info.txt", "Bundle-Scope", "everything", 5), e.args());
    }

    @Test
    void readsTagFilesWithWindowsLineEndsAndUnknownTags() {
        Map<String, byte[]> files = TestBags.validFiles();
        files.put("bag-info.txt", TestBags.utf8((TestBags.text(files.get("bag-info.txt")) + "External-Description: a\n"
                + "  continued line\n").replace("\n", "\r\n")));
        BagReader.Bag bag = new BagReader().read(TestBags.bag(TestBags.resealTags(files)));
        assertEquals(TestBags.info(), bag.info());
    }

    @Test
    void refusesATagFileThatIsNotUtf8() {
        Map<String, byte[]> files = TestBags.validFiles();
        files.put("bag-info.txt", new byte[] {'B', 'a', (byte) 0xff, ':', ' ', 'x', '\n'});
        assertRefused(Reason.INVALID, "bundle.container.encoding", TestBags.resealTags(files));
    }

    /** A bag written by the first version of the format, kept in the repository: later versions must read it. */
    @Test
    void readsABagOfFormatOneKeptInTheRepository() throws java.io.IOException {
        byte[] kept;
        try (var in = BagReaderTest.class.getResourceAsStream(
                "BagReaderFuzzTestInputs/readerOnlyEverRefusesWithBundleException/valid-bag")) {
            kept = in.readAllBytes();
        }
        BagReader.Bag bag = new BagReader().read(kept);

        assertEquals("seed", bag.name());
        assertEquals(1, bag.info().formatVersion());
        assertEquals("inst-1", bag.info().installation());
        assertEquals(List.of("datapackage.json", "resources/contacts.json"),
                bag.payload().stream().map(BagEntry::path).toList());
        assertEquals("[{\"name\":\"A\"}]", TestBags.text(bag.payload().get(1).bytes()));
    }

    private static BundleException assertRefused(Reason reason, String key, Map<String, byte[]> files) {
        byte[] zip = TestBags.bag(files);
        BundleException e = assertThrows(BundleException.class, () -> new BagReader().read(zip));
        assertEquals(key, e.messageKey(), e.getMessage());
        assertEquals(reason, e.reason(), e.getMessage());
        return e;
    }
}
