package org.dialoguedesk.exchange.bag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import org.dialoguedesk.common.BundleException;
import org.dialoguedesk.common.BundleException.Reason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Encrypted bundles. Each key derivation costs about half a second (600,000 PBKDF2 rounds, as shipped),
 * so one bundle is encrypted once for the class and each test derives at most once more.
 */
class BundleCipherTest {

    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();
    private static final BundleCipher CIPHER = new BundleCipher(new SecureRandom(), 1L << 20);
    private static byte[] encrypted;

    @BeforeAll
    static void encryptOnce() {
        encrypted = CIPHER.encrypt(TestBags.validBag(), PASSPHRASE);
    }

    @Test
    void theEncryptedFileRevealsNoFileName() {
        assertTrue(BundleCipher.isEncrypted(encrypted));
        assertFalse(new String(encrypted, java.nio.charset.StandardCharsets.ISO_8859_1).contains("contacts"));
    }

    /**
     * The key is derived while the first bytes wait in memory, up to a limit past which writing waits for
     * the key: a stream larger than that limit, written in pieces, still decrypts to exactly what went in.
     */
    @Test
    void aStreamLargerThanWhatWaitsForTheKeyDecryptsWhole() throws IOException {
        byte[] plain = new byte[34 << 20];
        new java.util.Random(7).nextBytes(plain);
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream(plain.length + 1024);
        try (java.io.OutputStream sealed = new BundleCipher(new SecureRandom(), 1L << 30).encrypting(file, PASSPHRASE)) {
            for (int at = 0; at < plain.length; at += 1 << 20) {
                sealed.write(plain, at, Math.min(1 << 20, plain.length - at));
            }
        }
        byte[] back = new BundleCipher(new SecureRandom(), 1L << 30).decrypt(file.toByteArray(), PASSPHRASE);
        assertArrayEquals(plain, back);
    }

    @Test
    void wrongPassphraseIsToldApartFromTampering() {
        BundleException e = assertThrows(BundleException.class,
                () -> CIPHER.decrypt(encrypted, "correct horse battery stapler".toCharArray()));
        assertEquals(Reason.WRONG_PASSPHRASE, e.reason());
        assertEquals("bundle.container.wrongPassphrase", e.messageKey());
    }

    @Test
    void oneFlippedByteInTheCiphertextIsTampering() {
        byte[] changed = encrypted.clone();
        changed[BundleCipher.HEADER + 40] ^= 0x01;
        BundleException e = assertThrows(BundleException.class, () -> CIPHER.decrypt(changed, PASSPHRASE));
        assertEquals(Reason.TAMPERED, e.reason());
        assertEquals("bundle.container.tampered", e.messageKey());
    }

    @Test
    void aNewerEncryptionFormatIsRefusedBeforeAnyKeyIsDerived() {
        byte[] changed = encrypted.clone();
        changed[BundleCipher.MAGIC.length] = 2;
        BundleException e = assertThrows(BundleException.class, () -> CIPHER.decrypt(changed, PASSPHRASE));
        assertEquals(Reason.NEWER_FORMAT, e.reason());
    }

    @Test
    void anAbsurdIterationCountIsRefusedBeforeAnyKeyIsDerived() {
        byte[] changed = encrypted.clone();
        ByteBuffer.wrap(changed).putInt(BundleCipher.MAGIC.length + 1, Integer.MAX_VALUE);
        BundleException e = assertThrows(BundleException.class, () -> CIPHER.decrypt(changed, PASSPHRASE));
        assertEquals("bundle.container.iterations", e.messageKey());
    }

    @Test
    void aTruncatedHeaderIsRefused() {
        byte[] cut = java.util.Arrays.copyOf(encrypted, BundleCipher.HEADER - 5);
        BundleException e = assertThrows(BundleException.class, () -> CIPHER.decrypt(cut, PASSPHRASE));
        assertEquals("bundle.container.encryptedHeader", e.messageKey());
    }

    @Test
    void aFileOverTheSizeCapIsRefusedBeforeDecrypting() {
        BundleCipher small = new BundleCipher(new SecureRandom(), 100);
        BundleException e = assertThrows(BundleException.class, () -> small.decrypt(encrypted, PASSPHRASE));
        assertEquals(Reason.TOO_LARGE, e.reason());
    }

    @Test
    void anEmptyPassphraseIsRefused() {
        BundleException e = assertThrows(BundleException.class, () -> CIPHER.encrypt(new byte[1], new char[0]));
        assertEquals(Reason.PASSPHRASE_NEEDED, e.reason());
    }

    @Test
    void rightPassphraseGivesBackTheBagAndNoneIsAskedFor(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("exchange.ddbundle");
        BundleFile bundles = new BundleFile();
        Files.write(file, encrypted);

        assertTrue(BundleFile.isEncrypted(file));
        assertEquals(Reason.PASSPHRASE_NEEDED,
                assertThrows(BundleException.class, () -> bundles.read(file, Optional.empty())).reason());
        BagReader.Bag bag = bundles.read(file, Optional.of(PASSPHRASE));
        assertEquals(TestBags.info(), bag.info());
        for (int i = 0; i < TestBags.payload().size(); i++) {
            assertArrayEquals(TestBags.payload().get(i).bytes(), bag.payload().get(i).bytes());
        }
    }

    @Test
    void aPlainBundleFileIsWrittenAtomicallyAndReadWithoutPassphrase(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("public.ddbundle");
        new BundleFile().write(file, TestBags.NAME, TestBags.info(), TestBags.payload(), Optional.empty());

        assertArrayEquals(TestBags.validBag(), Files.readAllBytes(file));
        assertFalse(BundleFile.isEncrypted(file));
        assertEquals(TestBags.info(), new BundleFile().read(file, Optional.empty()).info());
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "no temporary file left behind");
        }
    }

    @Test
    void aMissingBundleFileIsUnreadable(@TempDir Path dir) {
        BundleException e = assertThrows(BundleException.class,
                () -> new BundleFile().read(dir.resolve("gone.ddbundle"), Optional.empty()));
        assertEquals(Reason.UNREADABLE, e.reason());
    }

    @Test
    void passphraseFileLosesOneFinalLineEndOnly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pass.txt");
        Files.writeString(file, " two words \n\n");
        assertEquals(" two words \n", new String(BundleKey.readPassphrase(file)));
        Files.writeString(file, "windows\r\n");
        assertEquals("windows", new String(BundleKey.readPassphrase(file)));
        Files.writeString(file, "\n");
        assertEquals(Reason.PASSPHRASE_NEEDED,
                assertThrows(BundleException.class, () -> BundleKey.readPassphrase(file)).reason());
    }
}
