package org.dialoguedesk.exchange.bag;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import org.dialoguedesk.common.BundleException;
import org.dialoguedesk.common.BundleException.Reason;

/**
 * Encrypts a whole bag ZIP into an encrypted bundle, so a lost USB stick reveals nothing, not even the
 * names of the files. Layout (big-endian): magic {@code DDBUNDLE-ENC}, format version (1 byte),
 * PBKDF2 iterations (4 bytes), salt length (1 byte, 16) and salt, GCM nonce (12 bytes), key-check
 * (32 bytes, HMAC-SHA256 of the salt under the second derived key), then the AES-256-GCM ciphertext
 * with its 16-byte tag. The whole header is the cipher's associated data: changing any byte of it is
 * detected too. A changed salt, iteration count or key-check reads as a wrong passphrase (the
 * passphrase no longer matches them); a change anywhere after reads as tampering.
 */
public final class BundleCipher {

    static final byte[] MAGIC = "DDBUNDLE-ENC".getBytes(StandardCharsets.US_ASCII);
    static final int FORMAT = 1;
    private static final int SALT = 16;
    private static final int NONCE = 12;
    private static final int CHECK = 32;
    private static final int TAG_BITS = 128;
    static final int HEADER = MAGIC.length + 1 + 4 + 1 + SALT + NONCE + CHECK;

    private final SecureRandom random;
    private final long maxBytes;

    /** @param maxBytes the largest encrypted bundle accepted, checked before any work */
    public BundleCipher(SecureRandom random, long maxBytes) {
        this.random = random;
        this.maxBytes = maxBytes;
    }

    /** Whether the bytes start as an encrypted bundle does. */
    public static boolean isEncrypted(byte[] file) {
        return file.length >= MAGIC.length && Arrays.equals(file, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    public byte[] encrypt(byte[] plain, char[] passphrase) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(HEADER + plain.length + TAG_BITS / 8);
        try (OutputStream sealed = encrypting(out, passphrase)) {
            sealed.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /**
     * A stream that writes the header to {@code out}, then the ciphertext of what is written to it, and the
     * authentication tag when closed; closing it leaves {@code out} open. The key is derived on a thread of
     * its own (PBKDF2 takes most of a second by design) while the first bytes wait in memory, so making the
     * bag's payload does not wait for it.
     */
    public OutputStream encrypting(OutputStream out, char[] passphrase) {
        // refused here, not on the deriving thread, so the caller hears of it before writing anything
        BundleKey.requireNotEmpty(passphrase);
        byte[] salt = new byte[SALT];
        byte[] nonce = new byte[NONCE];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        char[] own = passphrase.clone();
        FutureTask<BundleKey> key = new FutureTask<>(() -> {
            try {
                return BundleKey.derive(own, salt, BundleKey.ITERATIONS);
            } finally {
                Arrays.fill(own, '\0');
            }
        });
        Thread deriving = new Thread(key, "bundle-key");
        deriving.setDaemon(true);
        deriving.start();
        return new Sealing(out, key, salt, nonce);
    }

    /** What {@link #encrypting} returns: holds the first bytes until the key is there, then encrypts. */
    private static final class Sealing extends FilterOutputStream {

        /** At most this much waits in memory for the key; more waits for the key itself. */
        private static final int EARLY_LIMIT = 32 << 20;

        private final FutureTask<BundleKey> key;
        private final byte[] salt;
        private final byte[] nonce;
        private ByteArrayOutputStream early = new ByteArrayOutputStream();
        private Cipher cipher;
        private boolean closed;

        Sealing(OutputStream out, FutureTask<BundleKey> key, byte[] salt, byte[] nonce) {
            super(out);
            this.key = key;
            this.salt = salt;
            this.nonce = nonce;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (cipher == null) {
                if (!key.isDone() && early.size() + len <= EARLY_LIMIT) {
                    early.write(b, off, len);
                    return;
                }
                begin();
            }
            byte[] sealed = cipher.update(b, off, len);
            if (sealed != null) {
                out.write(sealed);
            }
        }

        /**
         * Writes the header once the key is known, then the ciphertext of the bytes that waited for it. When
         * deriving the key failed, the stream is done: closing it must not throw the same failure again.
         */
        private void begin() throws IOException {
            BundleKey k;
            try {
                k = derived();
            } catch (IOException | RuntimeException | Error e) {
                closed = true;
                throw e;
            }
            byte[] header = ByteBuffer.allocate(HEADER).put(MAGIC).put((byte) FORMAT).putInt(BundleKey.ITERATIONS)
                    .put((byte) SALT).put(salt).put(nonce).put(k.keyCheck(salt)).array();
            try {
                cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.ENCRYPT_MODE, k.encryption(), new GCMParameterSpec(TAG_BITS, nonce));
                cipher.updateAAD(header);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("every Java has AES/GCM", e);
            }
            out.write(header);
            byte[] waiting = early.toByteArray();
            early = null;
            byte[] sealed = cipher.update(waiting);
            if (sealed != null) {
                out.write(sealed);
            }
        }

        private BundleKey derived() throws IOException {
            try {
                return key.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("stopped while deriving the bundle's key");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error r) {
                    throw r;
                }
                throw new IllegalStateException("deriving the bundle's key failed", e.getCause());
            }
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            if (cipher == null) {
                begin();
            }
            try {
                out.write(cipher.doFinal());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("encrypting cannot fail once started", e);
            }
            out.flush();
        }
    }

    /** The bag ZIP inside, once the passphrase is known right and the file unchanged. */
    public byte[] decrypt(byte[] file, char[] passphrase) {
        if (file.length > maxBytes) {
            throw new BundleException(Reason.TOO_LARGE, "bundle.container.fileTooLarge", file.length, maxBytes);
        }
        if (!isEncrypted(file)) {
            throw new BundleException(Reason.NOT_A_BUNDLE, "bundle.container.notZip");
        }
        if (file.length < HEADER + TAG_BITS / 8) {
            throw new BundleException(Reason.INVALID, "bundle.container.encryptedHeader");
        }
        ByteBuffer in = ByteBuffer.wrap(file, MAGIC.length, HEADER - MAGIC.length);
        int format = Byte.toUnsignedInt(in.get());
        if (format > FORMAT) {
            throw new BundleException(Reason.NEWER_FORMAT, "bundle.container.newerFormat", format, FORMAT);
        }
        int iterations = in.getInt();
        int saltLength = Byte.toUnsignedInt(in.get());
        if (format < 1 || saltLength != SALT) {
            throw new BundleException(Reason.INVALID, "bundle.container.encryptedHeader");
        }
        if (iterations < BundleKey.ITERATIONS || iterations > BundleKey.MAX_ITERATIONS) {
            throw new BundleException(Reason.INVALID, "bundle.container.iterations", iterations,
                    BundleKey.ITERATIONS, BundleKey.MAX_ITERATIONS);
        }
        byte[] salt = new byte[SALT];
        byte[] nonce = new byte[NONCE];
        byte[] check = new byte[CHECK];
        in.get(salt).get(nonce).get(check);
        BundleKey key = BundleKey.derive(passphrase, salt, iterations);
        if (!key.matches(salt, check)) {
            throw new BundleException(Reason.WRONG_PASSPHRASE, "bundle.container.wrongPassphrase");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.encryption(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(file, 0, HEADER);
            return cipher.doFinal(file, HEADER, file.length - HEADER);
        } catch (AEADBadTagException e) {
            throw new BundleException(Reason.TAMPERED, e, "bundle.container.tampered");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has AES/GCM", e);
        }
    }
}
