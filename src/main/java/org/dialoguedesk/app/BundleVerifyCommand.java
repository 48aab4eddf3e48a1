package org.dialoguedesk.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dialoguedesk.bundle.BundleRecord;
import org.dialoguedesk.bundle.RecordKind;
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
 * {@code bundle verify}: every check an import makes before touching the store (decryption, bag, checksums,
 * format version and, for an exchange bundle, every record's shape), without touching it; then what the
 * bundle says about itself and how many records of each kind it holds.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {BundleCommand.EXIT_0, BundleCommand.EXIT_1,
                BundleCommand.EXIT_2, BundleCommand.EXIT_3, BundleCommand.EXIT_4, BundleCommand.EXIT_5},
        description = "Check a bundle (decryption, checksums, format, records) and say what it holds; changes nothing.")
final class BundleVerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The .ddbundle file")
    Path file;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "The passphrase of an encrypted bundle")
    Path passphraseFile;

    @Override
    public Integer call() {
        Main main = (Main) spec.root().userObject();
        try (Desk desk = main.openDesk()) {
            Messages messages = CommandMessages.of(desk);
            PrintWriter w = spec.commandLine().getOut();
            try {
                BagReader.Bag bag = new BundleFile().read(file, BundleCommand.passphrase(passphraseFile));
                BagInfo info = bag.info();
                w.println(messages.get("bundle.cli.verified", file.getFileName(), info.scope().tag(),
                        info.formatVersion(), info.baggingDate(), info.officer(), info.installation()));
                w.println(messages.get("bundle.cli.selection", info.selection()));
                if (!info.leakCheck().isEmpty()) {
                    w.println(messages.get("bundle.cli.leakCheck", info.leakCheck()));
                }
                if (info.scope() == BundleScope.EXCHANGE) {
                    Map<RecordKind, Integer> byKind = new EnumMap<>(RecordKind.class);
                    new ExchangeBundleReader().records(bag).forEach(r -> byKind.merge(r.kind(), 1, Integer::sum));
                    byKind.forEach((kind, n) -> w.println("  " + messages.get("bundle.cli.kindCount", kind.resourceName(), n)));
                    w.println(messages.get("bundle.cli.recordsChecked",
                            byKind.values().stream().mapToInt(Integer::intValue).sum()));
                } else {
                    w.println("  " + messages.get("bundle.cli.kindCount", "Bundle-Counts", info.counts()));
                }
                w.flush();
            } catch (BundleException e) {
                return BundleCommand.refused(spec.commandLine().getErr(), messages, e);
            }
        }
        return Main.OK;
    }
}
