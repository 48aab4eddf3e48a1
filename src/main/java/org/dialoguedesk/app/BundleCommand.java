package org.dialoguedesk.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.dialoguedesk.common.BundleException;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.exchange.bag.BundleKey;
import picocli.CommandLine.Command;

/**
 * {@code bundle}: exchange bundles between officers' desks and public bundles for the website. Its
 * commands share the exit codes below, so a script can tell a conflict from a damaged file from a wrong
 * passphrase.
 */
@Command(name = "bundle", mixinStandardHelpOptions = true,
        description = "Bundles: export for the website or another officer, verify, import with a preview.",
        subcommands = {BundleExportCommand.class, BundleVerifyCommand.class, BundleImportCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the desk refused (leak check, import no longer applies); nothing changed",
                "2:the command line was not understood", "3:conflicts left without a choice; nothing imported",
                "4:invalid bundle (damaged, changed, unsafe, newer format, not an exchange bundle, made on this laptop)",
                "5:wrong or missing passphrase"})
final class BundleCommand {

    static final int CONFLICTS_LEFT = 3;
    static final int INVALID_BUNDLE = 4;
    static final int WRONG_PASSPHRASE = 5;

    /** The passphrase from its file, if one was named; a file that cannot be read or is empty is a missing passphrase. */
    static Optional<char[]> passphrase(Path file) {
        return file == null ? Optional.empty() : Optional.of(BundleKey.readPassphrase(file));
    }

    /** Says why the bundle was refused, in the officer's language, and gives the exit code of that reason. */
    static int refused(PrintWriter err, Messages messages, BundleException e) {
        err.println(messages.get("bundle.cli.refused", e.localized(messages)));
        err.flush();
        return switch (e.reason()) {
            case WRONG_PASSPHRASE, PASSPHRASE_NEEDED -> WRONG_PASSPHRASE;
            default -> INVALID_BUNDLE;
        };
    }

    /** A refusal that is not a {@link BundleException} from the container, with the exit code of an invalid bundle. */
    static int refused(PrintWriter err, Messages messages, String key, Object... args) {
        err.println(messages.get("bundle.cli.refused", messages.get(key, args)));
        err.flush();
        return INVALID_BUNDLE;
    }
}
