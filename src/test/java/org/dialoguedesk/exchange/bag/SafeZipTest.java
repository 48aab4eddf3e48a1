package org.dialoguedesk.exchange.bag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dialoguedesk.common.BundleException;
import org.dialoguedesk.common.BundleException.Reason;
import org.junit.jupiter.api.Test;

/** Hostile and broken ZIPs: each refused with its own reason and message, before its content is used. */
class SafeZipTest {

    private static final ZipLimits SMALL = new ZipLimits(20, 1L << 20, 3L << 20, 200, 64L << 10);

    @Test
    void readsTheFilesOfTheSingleFolderAndSkipsFolderEntries() {
        SafeZip.Unpacked unpacked = read(zip("bag/", "", "bag/data/", "", "bag/data/a.json", "[1]"), SMALL);

        assertEquals("bag", unpacked.folder());
        assertEquals(List.of("data/a.json"), unpacked.items().stream().map(SafeZip.Item::path).toList());
    }

    @Test
    void refusesAFileThatIsNotAZip() {
        assertRefused(Reason.NOT_A_BUNDLE, "bundle.container.notZip", TestBags.utf8("name,email\nSalma,s@x.org\n"));
        assertRefused(Reason.NOT_A_BUNDLE, "bundle.container.notZip", new byte[0]);
    }

    @Test
    void refusesAZipCutInTheMiddle() {
        byte[] zip = TestBags.validBag();
        assertRefused(Reason.INVALID, "bundle.container.truncated", Arrays.copyOf(zip, zip.length / 2));
    }

    @Test
    void refusesAZipCutAfterItsLastWholeEntry() {
        byte[] zip = TestBags.validBag();
        int directory = TestBags.centralHeader(zip, 0);
        assertRefused(Reason.INVALID, "bundle.container.truncated", Arrays.copyOf(zip, directory));
    }

    @Test
    void refusesAnEntryWhoseCompressedBytesAreDamaged() {
        byte[] zip = zip("bag/a.txt", "some text that deflates into a few bytes ".repeat(50));
        zip[60] ^= 0x55;
        BundleException e = assertThrows(BundleException.class, () -> new SafeZip(SMALL).read(zip));
        assertEquals("bundle.container.entryCorrupt", e.messageKey());
        assertEquals(List.of("bag/a.txt"), e.args());
    }

    @Test
    void refusesZipSlipWithDotDot() {
        assertRefused(Reason.INVALID, "bundle.container.nameTraversal", zip("bag/data/../../evil.sh", "x"));
    }

    @Test
    void refusesAbsolutePaths() {
        assertRefused(Reason.INVALID, "bundle.container.nameAbsolute", zip("/etc/cron.d/evil", "x"));
    }

    @Test
    void refusesDriveLetters() {
        assertRefused(Reason.INVALID, "bundle.container.nameAbsolute", zip("C:/Windows/evil.dll", "x"));
        assertRefused(Reason.INVALID, "bundle.container.nameAbsolute", zip("bag/data/D:/evil.dll", "x"));
    }

    @Test
    void refusesBackslashes() {
        assertRefused(Reason.INVALID, "bundle.container.nameBackslash", zip("bag\\..\\evil.bat", "x"));
    }

    @Test
    void refusesControlCharactersInNames() {
        assertRefused(Reason.INVALID, "bundle.container.nameInvalid", zip("bag/data/a\u0000.json", "x"));
    }

    @Test
    void refusesNamesWindowsWouldTurnIntoDevicesOrTrim() {
        for (String name : List.of("bag/data/CON.json", "bag/data/nul", "bag/LPT1.txt", "bag/data/a.json.", "bag/data /a")) {
            assertRefused(Reason.INVALID, "bundle.container.nameInvalid", zip(name, "x"));
        }
        assertEquals(1, read(zip("bag/data/console.json", "x"), SMALL).items().size());
    }

    @Test
    void refusesAnEntryGivenTwice() {
        byte[] zip = TestBags.replace(zip("bag/a.json", "1", "bag/b.json", "2"), "bag/b.json", "bag/a.json");
        BundleException e = assertRefused(Reason.INVALID, "bundle.container.duplicate", zip);
        assertEquals(List.of("bag/a.json", "bag/a.json"), e.args());
    }

    @Test
    void refusesEntriesDifferingOnlyInLetterCase() {
        assertRefused(Reason.INVALID, "bundle.container.duplicate", zip("bag/data/a.json", "1", "bag/DATA/A.json", "2"));
    }

    @Test
    void refusesEntriesDifferingOnlyInUnicodeComposition() {
        assertRefused(Reason.INVALID, "bundle.container.duplicate",
                zip("bag/data/\u00e9.json", "1", "bag/data/e\u0301.json", "2"));
    }

    @Test
    void refusesAFileWhereAFolderIs() {
        assertRefused(Reason.INVALID, "bundle.container.duplicate", zip("bag/data", "1", "bag/data/a.json", "2"));
    }

    @Test
    void refusesEntriesOutsideTheSingleTopLevelFolder() {
        BundleException e = assertRefused(Reason.INVALID, "bundle.container.outsideFolder",
                zip("bag/a.json", "1", "other/b.json", "2"));
        assertEquals(List.of("other/b.json", "bag"), e.args());
        assertRefused(Reason.INVALID, "bundle.container.notInFolder", zip("bagit.txt", "1"));
    }

    @Test
    void refusesMoreEntriesThanTheLimit() {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 21; i++) {
            many.put("bag/" + i + ".json", new byte[] {'1'});
        }
        assertRefused(Reason.TOO_LARGE, "bundle.container.entryCount", TestBags.zip(many));
    }

    @Test
    void refusesAHugeEntryCountingInflatedBytesNotItsHeader() {
        byte[] zip = TestBags.zip(Map.of("bag/huge.json", random(2 << 20)));
        TestBags.putInt(zip, TestBags.centralHeader(zip, 0) + 24, 10);
        BundleException e = assertRefused(Reason.TOO_LARGE, "bundle.container.entryTooLarge", zip);
        assertEquals(List.of("bag/huge.json", 1L << 20), e.args());
    }

    @Test
    void refusesMoreBytesInAllThanTheLimit() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            entries.put("bag/" + i + ".bin", random(900 << 10));
        }
        assertRefused(Reason.TOO_LARGE, "bundle.container.totalTooLarge", TestBags.zip(entries));
    }

    @Test
    void refusesAZipBombByItsCompressionRatio() {
        byte[] bomb = TestBags.zip(Map.of("bag/zeros.json", new byte[900 << 10]));
        BundleException e = assertRefused(Reason.TOO_LARGE, "bundle.container.ratio", bomb);
        assertEquals(List.of("bag/zeros.json", 200), e.args());
    }

    @Test
    void refusesTwoEntriesSharingTheSameCompressedBytes() {
        byte[] one = zip("bag/a.json", "[1]");
        int central = TestBags.centralHeader(one, 0);
        ByteBuffer in = ByteBuffer.wrap(one).order(ByteOrder.LITTLE_ENDIAN);
        int end = one.length - 22;
        int record = end - central;
        ByteBuffer out = ByteBuffer.allocate(one.length + record).order(ByteOrder.LITTLE_ENDIAN);
        out.put(one, 0, end).put(one, central, record).put(one, end, 22);
        out.putShort(end + record + 8, (short) 2).putShort(end + record + 10, (short) 2)
                .putInt(end + record + 12, in.getInt(end + 12) + record);
        assertRefused(Reason.INVALID, "bundle.container.overlap", out.array());
    }

    @Test
    void refusesANameThatDiffersBetweenDirectoryAndLocalHeader() {
        byte[] zip = zip("bag/a.json", "[1]");
        int central = TestBags.centralHeader(zip, 0);
        zip[central + 46 + 4] = 'z';
        assertRefused(Reason.INVALID, "bundle.container.headerMismatch", zip);
    }

    @Test
    void refusesAnEncryptedZipEntry() {
        byte[] zip = zip("bag/a.json", "[1]");
        int central = TestBags.centralHeader(zip, 0);
        zip[central + 8] |= 1;
        assertRefused(Reason.INVALID, "bundle.container.unsupportedEntry", zip);
    }

    private static BundleException assertRefused(Reason reason, String key, byte[] zip) {
        BundleException e = assertThrows(BundleException.class, () -> new SafeZip(SMALL).read(zip));
        assertEquals(key, e.messageKey(), e.getMessage());
        assertEquals(reason, e.reason(), e.getMessage());
        return e;
    }

    private static SafeZip.Unpacked read(byte[] zip, ZipLimits limits) {
        return new SafeZip(limits).read(zip);
    }

    /** A ZIP of name, text, name, text… */
    private static byte[] zip(String... namesAndTexts) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            entries.put(namesAndTexts[i], TestBags.utf8(namesAndTexts[i + 1]));
        }
        return TestBags.zip(entries);
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
