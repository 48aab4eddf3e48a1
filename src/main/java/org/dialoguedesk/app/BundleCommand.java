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
        exitCodeList = {BundleCommand.EXIT_0, BundleCommand.EXIT_1, BundleCommand.EXIT_2, BundleCommand.EXIT_3,
                BundleCommand.EXIT_4, BundleCommand.EXIT_5})
final class BundleCommand {

    static final String EXIT_0 = "0:done (a dry run included)";
    static final String EXIT_1 = "1:the desk refused (leak check; a record changed since the preview); nothing written";
    static final String EXIT_2 = "2:the command line was not understood";
    static final String EXIT_3 = "3:conflicts left without a choice; nothing imported";
    static final String EXIT_4 = "4:invalid bundle (not a bundle, damaged or changed, unsafe, wrong shape, newer format, "
            + "public, or made on this laptop)";
    static final String EXIT_5 = "5:wrong or missing passphrase";

    static final int CONFLICTS_LEFT = 3;
    static final int INVALID_BUNDLE = 4;
    static final int WRONG_PASSPHRASE = 5;

    /** The passphrase from its file, if one was named; a file that cannot be read or is empty is a missing passphrase. */
    static Optional<char[]> passphrase(Path file) {
        if (file == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(BundleKey.readPassphrase(file));
        } catch (BundleException e) {
            throw new BundleException(BundleException.Reason.PASSPHRASE_NEEDED, e, e.messageKey(), e.args().toArray());
        }
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
}
