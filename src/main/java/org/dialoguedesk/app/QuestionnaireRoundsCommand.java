package org.dialoguedesk.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dialoguedesk.questionnaire.RecipientStatus;
import org.dialoguedesk.questionnaire.Round;
import org.dialoguedesk.questionnaire.RoundBoard;
import org.dialoguedesk.questionnaire.TemplateVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code questionnaire rounds}: every round with its template version, deadline and counts by status. */
@Command(name = "rounds", mixinStandardHelpOptions = true, description = "List the questionnaire rounds.")
final class QuestionnaireRoundsCommand implements Callable<Integer> {

    enum Format { csv, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: csv)")
    Format format;

    @Override
    public Integer call() throws IOException {
        Main main = (Main) spec.root().userObject();
        try (Desk desk = main.openDesk()) {
            List<String> header = new ArrayList<>(List.of("id", "title", "dialogue", "template", "version",
                    "deadline", "recipients"));
            for (RecipientStatus s : RecipientStatus.values()) {
                header.add(CommandNames.column(s));
            }
            List<Map<String, String>> rows = new ArrayList<>();
            for (Round round : desk.rounds().rounds()) {
                TemplateVersion version = desk.questionnaireTemplates().version(round.templateVersionId())
                        .orElseThrow();
                RoundBoard board = desk.rounds().board(round.id());
                Map<String, String> row = new LinkedHashMap<>();
                row.put("id", round.id().toString());
                row.put("title", round.title());
                row.put("dialogue", CommandNames.dialogueKey(desk, round));
                row.put("template", CommandNames.templateKey(desk, version));
                row.put("version", String.valueOf(version.number()));
                row.put("deadline", round.deadline().toString());
                row.put("recipients", String.valueOf(board.lines().size()));
                board.counts().forEach((s, n) -> row.put(CommandNames.column(s), String.valueOf(n)));
                rows.add(row);
            }
            spec.commandLine().getOut().print(format == Format.json ? CommandOutput.json(rows)
                    : CommandOutput.csv(header, rows));
            spec.commandLine().getOut().flush();
        }
        return Main.OK;
    }
}
