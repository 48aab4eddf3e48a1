package org.dialoguedesk.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.Callable;
import org.dialoguedesk.bundle.BundleRecord;
import org.dialoguedesk.bundle.ExchangeSelection;
import org.dialoguedesk.bundle.LeakCheckRefusedException;
import org.dialoguedesk.bundle.RecordKey;
import org.dialoguedesk.bundle.RecordKind;
import org.dialoguedesk.bundle.RecordSource;
import org.dialoguedesk.common.BundleException;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.exchange.bag.BagEntry;
import org.dialoguedesk.exchange.bag.BagInfo;
import org.dialoguedesk.exchange.bag.BundleFile;
import org.dialoguedesk.exchange.bag.BundleScope;
import org.dialoguedesk.exchange.bundle.ExchangeBundleJson;
import org.dialoguedesk.exchange.bundle.PublicBundleContents;
import org.dialoguedesk.roster.Dialogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bundle export}: a public bundle for the website (leak-checked before anything is written) or an
 * exchange bundle for another officer (everything, one dialogue, or what changed since a day), optionally
 * encrypted. The file is written whole or not at all.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {BundleCommand.EXIT_0, BundleCommand.EXIT_1,
                BundleCommand.EXIT_2, BundleCommand.EXIT_3, BundleCommand.EXIT_4, BundleCommand.EXIT_5},
        description = "Write a bundle: public (for the website) or exchange (for another officer's desk).")
final class BundleExportCommand implements Callable<Integer> {

    /** The secretariat named in {@code Source-Organization}, when the settings name none. */
    static final String SOURCE_ORGANIZATION_SETTING = "bundle.sourceOrganization";

    @Spec
    CommandSpec spec;

    @Option(names = "--scope", required = true, paramLabel = "public|exchange", description = "What the bundle is for")
    String scope;

    @Option(names = "--dialogue", paramLabel = "ACRONYM", description = "Only this dialogue's records and what they need")
    String dialogue;

    @Option(names = "--since", paramLabel = "DATE", description = "Exchange only: records changed on or after this day (YYYY-MM-DD)")
    LocalDate since;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "Encrypt with the passphrase in this file")
    Path passphraseFile;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .ddbundle file to write")
    Path out;

    @Override
    public Integer call() throws IOException {
        Messages english = Messages.english();
        BundleScope bundleScope = BundleScope.ofTag(scope).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--scope: " + english.get("bundle.cli.error.scope", scope)));
        if (bundleScope == BundleScope.PUBLIC && since != null) {
            throw new ParameterException(spec.commandLine(), "--since: " + english.get("bundle.cli.error.sinceWithPublic"));
        }
        Main main = (Main) spec.root().userObject();
        try (Desk desk = main.openDesk()) {
            Messages messages = CommandMessages.of(desk);
            PrintWriter w = spec.commandLine().getOut();
            Optional<char[]> passphrase;
            try {
                passphrase = BundleCommand.passphrase(passphraseFile);
            } catch (BundleException e) {
                return BundleCommand.refused(spec.commandLine().getErr(), messages, e);
            }
            Optional<Dialogue> chosen = Optional.ofNullable(dialogue).map(d -> CommandNames.dialogue(desk, d));
            String selection = chosen.map(d -> "dialogue " + d.key()).orElse("all dialogues");
            String counts;
            String leakCheck = "";
            LocalDate today = LocalDate.now(desk.clock());
            String bagName = "dialogue-desk-" + bundleScope.tag() + "-" + today;
            if (bundleScope == BundleScope.PUBLIC) {
                PublicBundleContents.Checked checked;
                try {
                    checked = desk.bundles().publicBundle(chosen.map(d -> d.meta().id()));
                } catch (LeakCheckRefusedException e) {
                    PrintWriter err = spec.commandLine().getErr();
                    err.println(messages.get("bundle.cli.leakRefused", e.problems().size()));
                    e.problems().forEach(p -> err.println("  " + messages.get("bundle.cli.leakFinding", p.field(), messages.format(p))));
                    err.flush();
                    return Main.BAD_INPUT;
                }
                counts = checked.counts();
                leakCheck = checked.leakCheckTag();
                new BundleFile().write(out, bagName, info(desk, today, bundleScope, selection, counts, leakCheck),
                        checked.entries(), passphrase);
            } else {
                ExchangeSelection chosenRecords = new ExchangeSelection(chosen.map(d -> d.meta().id()),
                        Optional.ofNullable(since));
                Function<RecordKind, RecordSource> recordsOf = recordsOf(desk, chosenRecords);
                ExchangeBundleJson.Payload payload = new ExchangeBundleJson().payload(recordsOf, desk.clock().instant());
                String described = chosenRecords.describe(chosen.map(Dialogue::key));
                new BundleFile().write(out, bagName, today, payload.files(),
                        () -> info(desk, today, bundleScope, described, counts(payload.counts()), ""), passphrase);
                counts = counts(payload.counts());
            }
            passphrase.ifPresent(p -> java.util.Arrays.fill(p, '\0'));
            w.println(messages.get("bundle.cli.exported", bundleScope.tag(), out, counts));
            if (!leakCheck.isEmpty()) {
                w.println(messages.get("bundle.cli.leakCheck", leakCheck));
            }
            if (passphrase.isPresent()) {
                w.println(messages.get("bundle.cli.encrypted"));
            }
            w.flush();
        }
        return Main.OK;
    }

    private static BagInfo info(Desk desk, LocalDate today, BundleScope scope, String selection, String counts,
            String leakCheck) {
        return new BagInfo(today, desk.settings().get(SOURCE_ORGANIZATION_SETTING).orElse("Dialogue secretariat"),
                desk.recordMerge().installationId(), desk.officer().name(), scope, BagInfo.CURRENT_FORMAT, selection,
                counts, leakCheck);
    }

    /**
     * Each kind's records as its file is written: straight from the store for the whole desk, so it is never
     * held at once; a selection by dialogue or date needs every record to follow references, and is held.
     */
    private static Function<RecordKind, RecordSource> recordsOf(Desk desk, ExchangeSelection selection) {
        if (selection.isEverything()) {
            return kind -> each -> desk.recordMerge().records(EnumSet.of(kind), each::accept);
        }
        EnumSet<RecordKind> kinds = EnumSet.allOf(RecordKind.class);
        Map<RecordKey, java.time.Instant> changed = selection.since().isEmpty() ? Map.of()
                : desk.recordMerge().lastChanged(kinds);
        List<BundleRecord> chosen = selection.select(desk.recordMerge().records(kinds), changed, desk.clock().getZone());
        return kind -> each -> chosen.stream().filter(r -> r.kind() == kind).forEach(each);
    }

    /** {@code Bundle-Counts}: records per kind that has any, deletions included, such as {@code contacts=12; meetings=1}. */
    static String counts(Map<RecordKind, Integer> byKind) {
        return String.join("; ", byKind.entrySet().stream().map(e -> e.getKey().resourceName() + "=" + e.getValue()).toList());
    }

    /** {@link #counts(Map)} of records in memory. */
    static String counts(List<BundleRecord> records) {
        Map<RecordKind, Integer> byKind = new java.util.EnumMap<>(RecordKind.class);
        records.forEach(r -> byKind.merge(r.kind(), 1, Integer::sum));
        return counts(byKind);
    }
}
