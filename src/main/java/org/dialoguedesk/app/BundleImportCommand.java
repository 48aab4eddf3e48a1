package org.dialoguedesk.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dialoguedesk.bundle.BundleRecord;
import org.dialoguedesk.bundle.Conflict;
import org.dialoguedesk.bundle.ConflictChoice;
import org.dialoguedesk.bundle.ImportLogOutcome;
import org.dialoguedesk.bundle.ImportPreview;
import org.dialoguedesk.bundle.RecordKey;
import org.dialoguedesk.common.BundleException;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.exchange.bundle.BundleImport;
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
            BundleImport.Opened opened;
            try {
                opened = desk.bundles().importer().open(file, BundleCommand.passphrase(passphraseFile));
            } catch (BundleException e) {
                return BundleCommand.refused(err, messages, e);
            }
            ImportPreview preview = opened.preview();
            ImportPreviewLines.print(w, messages, opened.fileName(), opened.info(), preview);
            Map<RecordKey, BundleRecord> resolutions = new LinkedHashMap<>();
            if (!preview.conflicts().isEmpty()) {
                if (onConflict == OnConflict.fail) {
                    w.flush();
                    err.println(messages.get("bundle.cli.conflictsLeft", preview.conflicts().size()));
                    err.flush();
                    return BundleCommand.CONFLICTS_LEFT;
                }
                ConflictChoice choice = onConflict == OnConflict.keep_local ? ConflictChoice.LOCAL : ConflictChoice.INCOMING;
                String installation = desk.recordMerge().installationId();
                for (Conflict c : preview.conflicts()) {
                    resolutions.put(c.key(), c.resolveAll(choice, installation));
                }
                w.println(messages.get(choice == ConflictChoice.LOCAL ? "bundle.cli.resolvedLocal"
                        : "bundle.cli.resolvedIncoming", preview.conflicts().size()));
            }
            if (dryRun) {
                w.println(messages.get("bundle.cli.dryRun"));
                w.flush();
                return Main.OK;
            }
            String outcome = new ImportLogOutcome(ImportLogOutcome.Where.COMMAND, resolutions.size(),
                    onConflict == OnConflict.keep_local ? ImportLogOutcome.Resolution.KEEP_LOCAL
                            : ImportLogOutcome.Resolution.TAKE_INCOMING).code();
            int written = opened.apply(resolutions, desk.clock().instant(), desk.officer().name(), outcome);
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
