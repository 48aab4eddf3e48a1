package org.dialoguedesk.app;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.questionnaire.RoundCreation;
import org.dialoguedesk.questionnaire.TemplateVersion;
import org.dialoguedesk.roster.Dialogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code questionnaire round-create}: opens a round today for the dialogue's current partner states,
 * freezing the template version.
 */
@Command(name = "round-create",
        description = "Open a questionnaire round for a dialogue's current partner states.")
final class RoundCreateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Not the standard help mixin: its {@code --version} would clash with the template version. */
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--dialogue", required = true, paramLabel = "ACRONYM", description = "e.g. MTM, RABAT")
    String dialogue;

    @Option(names = "--template", required = true, paramLabel = "ID_OR_TITLE",
            description = "The template's id, key or title")
    String template;

    @Option(names = "--version", paramLabel = "N", description = "Version number (default: the latest)")
    Integer version;

    @Option(names = "--title", required = true, paramLabel = "T", description = "The round's title (unique)")
    String title;

    @Option(names = "--deadline", required = true, paramLabel = "DATE", description = "YYYY-MM-DD")
    LocalDate deadline;

    @Override
    public Integer call() {
        Main main = (Main) spec.root().userObject();
        try (Desk desk = main.openDesk()) {
            Messages messages = CommandMessages.of(desk);
            Dialogue d = CommandNames.dialogue(desk, dialogue);
            TemplateVersion v = CommandNames.templateVersion(desk, template, version);
            RoundCreation created = desk.rounds().createRound(d.meta().id(), v.meta().id(), title, deadline, null);
            spec.commandLine().getOut().println(messages.get("questionnaire.cli.roundCreated",
                    created.round().title(), created.round().id(), created.recipients().size(), v.number()));
            if (!created.withoutFocalPoint().isEmpty()) {
                spec.commandLine().getOut().println(messages.get("questionnaire.cli.noFocalPoint",
                        String.join(", ", created.withoutFocalPoint())));
            }
            spec.commandLine().getOut().flush();
        }
        return Main.OK;
    }
}
