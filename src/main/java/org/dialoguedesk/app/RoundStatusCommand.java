package org.dialoguedesk.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.questionnaire.Completeness;
import org.dialoguedesk.questionnaire.Round;
import org.dialoguedesk.questionnaire.RoundBoard;
import org.dialoguedesk.roster.Contact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code questionnaire round-status}: the status board of one round, a line per recipient country. */
@Command(name = "round-status", mixinStandardHelpOptions = true,
        description = "Show where each country of a round stands.")
final class RoundStatusCommand implements Callable<Integer> {

    enum Format { csv, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--round", required = true, paramLabel = "ID_OR_TITLE", description = "The round's id or title")
    String roundName;

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: csv)")
    Format format;

    @Override
    public Integer call() throws IOException {
        Main main = (Main) spec.root().userObject();
        try (Desk desk = main.openDesk()) {
            Round round = CommandNames.round(desk, roundName);
            List<Map<String, String>> rows = new ArrayList<>();
            Map<String, Completeness> completeness = desk.answers().completeness(round.id());
            for (RoundBoard.Line line : desk.rounds().board(round.id()).lines()) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("country", line.countryCode());
                row.put("country_name", desk.roster().country(line.countryCode())
                        .map(c -> c.name().in(Lang.EN)).orElse(""));
                row.put("focal_point", line.recipient().focalPointId() == null ? ""
                        : desk.contacts().find(line.recipient().focalPointId()).map(Contact::name).orElse(""));
                row.put("status", line.status().name());
                row.put("date", line.statusOn().toString());
                row.put("overdue", String.valueOf(line.overdue()));
                Completeness c = completeness.getOrDefault(line.countryCode(), Completeness.NONE);
                row.put("answered", String.valueOf(c.answered()));
                row.put("required_answered", c.requiredAnswered() + "/" + c.required());
                row.put("accepted", String.valueOf(c.accepted()));
                row.put("flagged", String.valueOf(c.flagged()));
                rows.add(row);
            }
            spec.commandLine().getOut().print(format == Format.json ? CommandOutput.json(rows)
                    : CommandOutput.csv(List.of("country", "country_name", "focal_point", "status", "date",
                    "overdue", "answered", "required_answered", "accepted", "flagged"), rows));
            spec.commandLine().getOut().flush();
        }
        return Main.OK;
    }
}
