package org.dialoguedesk.exchange.bag;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.dialoguedesk.common.AtomicFiles;
import org.dialoguedesk.common.BundleException;
import org.dialoguedesk.common.BundleException.Reason;

/**
 * A {@code .ddbundle} file on disk: a bag ZIP, encrypted when a passphrase is given. Writing is atomic
 * (a failed export leaves the previous file as it was); reading checks the size before loading and
 * returns the payload only once decryption and every bag check passed.
 */
public final class BundleFile {

    /** Far above any real export, far below what would exhaust memory. */
    public static final long DEFAULT_MAX_FILE_BYTES = 256L << 20;

    private final BagWriter writer = new BagWriter();
    private final BagReader reader;
    private final BundleCipher cipher;
    private final long maxFileBytes;

    public BundleFile(ZipLimits limits, long maxFileBytes, SecureRandom random) {
        this.reader = new BagReader(limits);
        this.cipher = new BundleCipher(random, maxFileBytes);
        this.maxFileBytes = maxFileBytes;
    }

    public BundleFile() {
        this(ZipLimits.DEFAULT, DEFAULT_MAX_FILE_BYTES, new SecureRandom());
    }

    public void write(Path target, String bagName, BagInfo info, List<BagEntry> payload, Optional<char[]> passphrase)
            throws IOException {
        write(target, bagName, info.baggingDate(), payload, () -> info, passphrase);
    }

    /**
     * Writes the bag straight to the file as the payload is made, encrypting on the way when a passphrase is
     * given; the file appears under its name only once complete.
     *
     * @param info asked for once the payload is written (see {@link BagWriter})
     */
    public void write(Path target, String bagName, LocalDate baggingDate, List<? extends PayloadWriter> payload,
            Supplier<BagInfo> info, Optional<char[]> passphrase) throws IOException {
        AtomicFiles.write(target, file -> {
            OutputStream buffered = new BufferedOutputStream(file, 1 << 16);
            OutputStream out = passphrase.isPresent() ? cipher.encrypting(buffered, passphrase.get()) : buffered;
            writer.write(out, bagName, baggingDate, payload, info);
            out.close();
        });
    }

    /** @param passphrase needed when the file is encrypted, ignored when it is not */
    public BagReader.Bag read(Path file, Optional<char[]> passphrase) {
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                throw new BundleException(Reason.TOO_LARGE, "bundle.container.fileTooLarge", size, maxFileBytes);
            }
            return read(Files.readAllBytes(file), passphrase);
        } catch (IOException e) {
            throw new BundleException(Reason.UNREADABLE, e, "bundle.container.unreadable", file);
        }
    }

    public BagReader.Bag read(byte[] bytes, Optional<char[]> passphrase) {
        if (bytes.length > maxFileBytes) {
            throw new BundleException(Reason.TOO_LARGE, "bundle.container.fileTooLarge", bytes.length, maxFileBytes);
        }
        if (!BundleCipher.isEncrypted(bytes)) {
            return reader.read(bytes);
        }
        char[] key = passphrase.orElseThrow(
                () -> new BundleException(Reason.PASSPHRASE_NEEDED, "bundle.container.passphraseNeeded"));
        return reader.read(cipher.decrypt(bytes, key));
    }

    /** Whether the file is encrypted, from its first bytes, so a caller can ask for the passphrase first. */
    public static boolean isEncrypted(Path file) {
        try (var in = Files.newInputStream(file)) {
            return BundleCipher.isEncrypted(in.readNBytes(BundleCipher.MAGIC.length));
        } catch (IOException e) {
            throw new BundleException(Reason.UNREADABLE, e, "bundle.container.unreadable", file);
        }
    }
}
