package org.dialoguedesk.exchange.bag;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.dialoguedesk.common.BundleException;
import org.dialoguedesk.common.BundleException.Reason;

/**
 * The keys of an encrypted bundle, derived from the officers' shared passphrase with
 * PBKDF2-HMAC-SHA256. One derivation gives two keys: one encrypts (AES-256-GCM), the other signs a
 * key-check stored in the clear header, so a wrong passphrase is told apart from a changed file
 * without trying to decrypt.
 */
public final class BundleKey {

    /** OWASP's 2023 advice for PBKDF2-HMAC-SHA256; about half a second on a secretariat laptop. */
    public static final int ITERATIONS = 600_000;
    /** A file asking for more would make opening it a denial of service. */
    static final int MAX_ITERATIONS = 10_000_000;

    private static final byte[] KEY_CHECK_LABEL = "DDBUNDLE-KEYCHECK".getBytes(StandardCharsets.US_ASCII);

    private final SecretKey encryption;
    private final byte[] check;

    /** @throws BundleException {@link Reason#PASSPHRASE_NEEDED} for an empty passphrase */
    static void requireNotEmpty(char[] passphrase) {
        if (passphrase.length == 0) {
            throw new BundleException(Reason.PASSPHRASE_NEEDED, "bundle.container.passphraseBlank");
        }
    }

    private BundleKey(SecretKey encryption, byte[] check) {
        this.encryption = encryption;
        this.check = check;
    }

    static BundleKey derive(char[] passphrase, byte[] salt, int iterations) {
        requireNotEmpty(passphrase);
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 512);
        try {
            byte[] both = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            BundleKey key = new BundleKey(new SecretKeySpec(both, 0, 32, "AES"), Arrays.copyOfRange(both, 32, 64));
            Arrays.fill(both, (byte) 0);
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }

    SecretKey encryption() {
        return encryption;
    }

    /** The key-check for this salt: what the header stores. */
    byte[] keyCheck(byte[] salt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(check, "HmacSHA256"));
            mac.update(KEY_CHECK_LABEL);
            return mac.doFinal(salt);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }

    boolean matches(byte[] salt, byte[] storedCheck) {
        return MessageDigest.isEqual(keyCheck(salt), storedCheck);
    }

    /**
     * The passphrase kept in a file (so it is not in the shell's history): the whole file as UTF-8, less
     * one final line end an editor adds. Spaces are kept: they may be part of the passphrase.
     */
    public static char[] readPassphrase(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BundleException(Reason.UNREADABLE, e, "bundle.container.passphraseFile", file);
        }
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\n') {
            length--;
            if (length > 0 && bytes[length - 1] == '\r') {
                length--;
            }
        }
        try {
            CharBuffer chars = TagFiles.strictUtf8(ByteBuffer.wrap(bytes, 0, length));
            char[] passphrase = Arrays.copyOfRange(chars.array(), chars.position(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            if (passphrase.length == 0) {
                throw new BundleException(Reason.PASSPHRASE_NEEDED, "bundle.container.passphraseEmpty", file);
            }
            return passphrase;
        } catch (CharacterCodingException e) {
            throw new BundleException(Reason.UNREADABLE, e, "bundle.container.encoding", file);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
