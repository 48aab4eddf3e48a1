package org.dialoguedesk.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dialoguedesk.bundle.BundleRecord;
import org.dialoguedesk.bundle.Conflict;
import org.dialoguedesk.bundle.ConflictChoice;
import org.dialoguedesk.bundle.ImportLogEntry;
import org.dialoguedesk.bundle.ImportPreview;
import org.dialoguedesk.bundle.RecordKey;
import org.dialoguedesk.bundle.RecordMerge;
import org.dialoguedesk.common.BundleException;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.exchange.bag.BagInfo;
import org.dialoguedesk.exchange.bag.BagReader;
import org.dialoguedesk.exchange.bag.BundleFile;
import org.dialoguedesk.exchange.bag.BundleScope;
import org.dialoguedesk.exchange.bundle.ExchangeBundleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bundle import}: checks the whole bundle before the store is touched (decryption, bag, records,
 * format), refuses one made on this very laptop, prints what it would do per kind and every conflict field
 * by field, then applies it in one transaction, unless it is a dry run or conflicts are left without a
 * choice. Nothing is decided silently: conflicts are only resolved when {@code --on-conflict} says how.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {BundleCommand.EXIT_0, BundleCommand.EXIT_1,
                BundleCommand.EXIT_2, BundleCommand.EXIT_3, BundleCommand.EXIT_4, BundleCommand.EXIT_5},
        description = "Import an exchange bundle from another officer's desk: verify, preview, then apply all or nothing.")
final class BundleImportCommand implements Callable<Integer> {

    /** What to do with records both desks changed since they last agreed. */
    enum OnConflict {
        fail, keep_local, take_incoming;

        static OnConflict parse(String text) {
            return valueOf(text.replace('-', '_'));
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The .ddbundle file")
    Path file;

    @Option(names = "--dry-run", description = "Verify and print the preview; import nothing")
    boolean dryRun;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "The passphrase of an encrypted bundle")
    Path passphraseFile;

    @Option(names = "--on-conflict", paramLabel = "fail|keep-local|take-incoming", defaultValue = "fail",
            converter = OnConflictConverter.class,
            description = "Conflicts: stop and import nothing (default), keep this desk's values, or take the bundle's")
    OnConflict onConflict;

    @Override
    public Integer call() {
        Main main = (Main) spec.root().userObject();
        try (Desk desk = main.openDesk()) {
            Messages messages = CommandMessages.of(desk);
            PrintWriter w = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            RecordMerge merge = desk.recordMerge();
            BagInfo info;
            List<BundleRecord> incoming;
            try {
                java.util.Optional<char[]> passphrase = BundleCommand.passphrase(passphraseFile);
                BagReader.Bag bag = new BundleFile().read(file, passphrase);
                passphrase.ifPresent(p -> java.util.Arrays.fill(p, '\0'));
                info = bag.info();
                if (info.scope() != BundleScope.EXCHANGE) {
                    return BundleCommand.refused(err, messages, "bundle.cli.notExchange", info.scope().tag());
                }
                if (info.installation().equals(merge.installationId())) {
                    return BundleCommand.refused(err, messages, "bundle.cli.sameDesk", info.installation());
                }
                incoming = new ExchangeBundleReader().read(bag.payload());
            } catch (BundleException e) {
                return BundleCommand.refused(err, messages, e);
            }
            ImportPreview preview = merge.preview(incoming);
            ImportPreviewLines.print(w, messages, file.getFileName().toString(), info, preview);
            Map<RecordKey, BundleRecord> resolutions = new LinkedHashMap<>();
            if (!preview.conflicts().isEmpty()) {
                if (onConflict == OnConflict.fail) {
                    w.flush();
                    err.println(messages.get("bundle.cli.conflictsLeft", preview.conflicts().size()));
                    err.flush();
                    return BundleCommand.CONFLICTS_LEFT;
                }
                ConflictChoice choice = onConflict == OnConflict.keep_local ? ConflictChoice.LOCAL : ConflictChoice.INCOMING;
                for (Conflict c : preview.conflicts()) {
                    resolutions.put(c.key(), c.resolveAll(choice, merge.installationId()));
                }
                w.println(messages.get(choice == ConflictChoice.LOCAL ? "bundle.cli.resolvedLocal"
                        : "bundle.cli.resolvedIncoming", preview.conflicts().size()));
            }
            if (dryRun) {
                w.println(messages.get("bundle.cli.dryRun"));
                w.flush();
                return Main.OK;
            }
            int written = preview.changes(resolutions).size();
            String outcome = "applied" + (resolutions.isEmpty() ? ""
                    : "; " + resolutions.size() + " conflict(s) resolved " + onConflict.name().replace('_', '-'));
            merge.apply(preview, resolutions, new ImportLogEntry(desk.clock().instant(), desk.officer().name(),
                    file.getFileName().toString(), info.installation(), ImportPreviewLines.counts(preview), outcome));
            w.println(messages.get("bundle.cli.applied", written));
            w.flush();
        }
        return Main.OK;
    }

    /** Reads {@code keep-local} as well as {@code keep_local}; anything else is a usage error (exit 2). */
    static final class OnConflictConverter implements picocli.CommandLine.ITypeConverter<OnConflict> {
        @Override
        public OnConflict convert(String value) {
            try {
                return OnConflict.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(Messages.english()
                        .get("bundle.cli.error.onConflict", value));
            }
        }
    }
}
