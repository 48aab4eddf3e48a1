package org.dialoguedesk.app;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.questionnaire.Recipient;
import org.dialoguedesk.questionnaire.RecipientStatus;
import org.dialoguedesk.questionnaire.Round;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code questionnaire status}: records that one country's questionnaire moved to another status. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Record a country's new status in a round (sent, reminded, answer received, ...).")
final class RoundStatusChangeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--round", required = true, paramLabel = "ID_OR_TITLE", description = "The round's id or title")
    String roundName;

    @Option(names = "--country", required = true, paramLabel = "ISO3", description = "e.g. MAR")
    String country;

    @Option(names = "--to", required = true, paramLabel = "STATUS", description = "${COMPLETION-CANDIDATES}")
    RecipientStatus to;

    @Option(names = "--date", paramLabel = "DATE", description = "YYYY-MM-DD (default: today)")
    LocalDate date;

    @Option(names = "--note", paramLabel = "N", description = "Why, or how it was sent")
    String note;

    @Override
    public Integer call() {
        Main main = (Main) spec.root().userObject();
        try (Desk desk = main.openDesk()) {
            Messages messages = CommandMessages.of(desk);
            Round round = CommandNames.round(desk, roundName);
            Recipient changed = desk.rounds().changeStatus(round.id(), country, to, date, note);
            spec.commandLine().getOut().println(messages.get("questionnaire.cli.statusChanged",
                    changed.countryCode(), round.title(), messages.name(changed.status()), changed.statusOn()));
            spec.commandLine().getOut().flush();
        }
        return Main.OK;
    }
}
