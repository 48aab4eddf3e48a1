package org.dialoguedesk.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.profile.CompilePlan;
import org.dialoguedesk.profile.Profile;
import org.dialoguedesk.questionnaire.Round;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code profile update-from-round}: the profile's figures and answer texts updated from the country's
 * accepted answers in a round. Says every change first; {@code --dry-run} stops there.
 */
@Command(name = "update-from-round", mixinStandardHelpOptions = true,
        description = "Update a country profile from its country's accepted answers in a questionnaire round.")
final class ProfileUpdateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", required = true, paramLabel = "ID_OR_KEY", description = "The profile's id, key or title")
    String profileName;

    @Option(names = "--round", required = true, paramLabel = "ID_OR_TITLE", description = "The round's id or title")
    String roundName;

    @Option(names = "--dry-run", description = "Show what would change; change nothing")
    boolean dryRun;

    @Override
    public Integer call() {
        Main main = (Main) spec.root().userObject();
        try (Desk desk = main.openDesk()) {
            Messages messages = CommandMessages.of(desk);
            Profile profile = CommandNames.profile(desk, profileName);
            Round round = CommandNames.round(desk, roundName);
            CompilePlan plan = desk.profileCompiler().plan(profile.id(), round.id());
            PrintWriter out = spec.commandLine().getOut();
            for (CompilePlan.IndicatorChange c : plan.indicators()) {
                String year = String.valueOf(c.after().year());
                out.println(c.before().isEmpty() ? messages.get("profile.cli.indicatorAdded", c.sectionCode(),
                        c.after().code(), year, c.after().value())
                        : c.valueChanges() ? messages.get("profile.cli.indicatorChanged", c.sectionCode(),
                        c.after().code(), year, c.before(), c.after().value())
                        : messages.get("profile.cli.noteChanged", c.sectionCode(), c.after().code(), year,
                        c.beforeNote(), c.after().note()));
            }
            for (CompilePlan.TextChange t : plan.texts()) {
                out.println(messages.get(t.before().isEmpty() ? "profile.cli.textInserted" : "profile.cli.textReplaced",
                        t.sectionCode(), t.lang().code(), t.questionCode()));
            }
            for (Problem p : plan.skipped()) {
                out.println(messages.get("profile.cli.skipped", p.field(), messages.format(p)));
            }
            if (!dryRun && !plan.isEmpty()) {
                desk.profileCompiler().apply(plan);
            }
            out.println(messages.get(plan.isEmpty() ? "profile.cli.upToDate" : dryRun ? "profile.cli.wouldUpdate"
                    : "profile.cli.updated", plan.indicators().size(), plan.texts().size(), round.title()));
            out.flush();
        }
        return Main.OK;
    }
}
