package org.dialoguedesk.exchange.bundle;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.dialoguedesk.bundle.BundleRecord;
import org.dialoguedesk.bundle.ImportLogEntry;
import org.dialoguedesk.bundle.ImportPreview;
import org.dialoguedesk.bundle.RecordKey;
import org.dialoguedesk.bundle.RecordMerge;
import org.dialoguedesk.common.BundleException;
import org.dialoguedesk.common.BundleException.Reason;
import org.dialoguedesk.exchange.bag.BagInfo;
import org.dialoguedesk.exchange.bag.BagReader;
import org.dialoguedesk.exchange.bag.BundleFile;
import org.dialoguedesk.exchange.bag.BundleScope;

/**
 * Importing an exchange bundle, as both {@code bundle import} and the window do it: {@link #open} checks the
 * whole file before the store is touched (decryption, bag, records, format, scope, origin) and classifies its
 * records against this desk's; {@link Opened#apply} then writes them, with the officer's choice for each
 * conflict, in one transaction.
 */
public final class BundleImport {

    private final RecordMerge merge;
    private final BundleFile files;

    public BundleImport(RecordMerge merge, BundleFile files) {
        this.merge = merge;
        this.files = files;
    }

    /**
     * Verifies the bundle and previews what importing it would do; writes nothing but the clocks' refresh.
     *
     * @param passphrase needed when the file is encrypted; it is wiped here once used
     * @throws BundleException when anything about the file is wrong, with what and where
     */
    public Opened open(Path file, Optional<char[]> passphrase) {
        BagReader.Bag bag;
        try {
            bag = files.read(file, passphrase);
        } finally {
            passphrase.ifPresent(p -> Arrays.fill(p, '\0'));
        }
        BagInfo info = bag.info();
        if (info.scope() != BundleScope.EXCHANGE) {
            throw new BundleException(Reason.INVALID, "bundle.cli.notExchange", info.scope().tag());
        }
        if (info.installation().equals(merge.installationId())) {
            throw new BundleException(Reason.INVALID, "bundle.cli.sameDesk", info.installation());
        }
        return new Opened(String.valueOf(file.getFileName()), info, merge.preview(new ExchangeBundleReader().records(bag)));
    }

    /** A verified bundle and what importing it would do. */
    public final class Opened {

        private final String fileName;
        private final BagInfo info;
        private final ImportPreview preview;

        private Opened(String fileName, BagInfo info, ImportPreview preview) {
            this.fileName = fileName;
            this.info = info;
            this.preview = preview;
        }

        public String fileName() {
            return fileName;
        }

        /** Who made the bundle, where and when, and what it says it holds. */
        public BagInfo info() {
            return info;
        }

        public ImportPreview preview() {
            return preview;
        }

        /**
         * Writes the import with the resolved record of each conflict and logs it, all or nothing.
         *
         * @param outcome how the import ended, in the log's words ({@code applied; 2 conflicts resolved})
         * @return how many records were written
         * @throws IllegalArgumentException when a conflict has no resolution
         * @throws org.dialoguedesk.common.StoreException when a record changed here since the preview, or
         *                                                the store refuses; nothing is kept
         */
        public int apply(Map<RecordKey, BundleRecord> resolutions, Instant at, String officer, String outcome) {
            int written = preview.changeCount(resolutions);
            merge.apply(preview, resolutions, new ImportLogEntry(at, officer, fileName, info.installation(),
                    preview.summary(), outcome));
            return written;
        }
    }
}
