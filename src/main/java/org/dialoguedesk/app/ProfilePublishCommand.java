package org.dialoguedesk.app;

import java.util.concurrent.Callable;
import org.dialoguedesk.profile.Profile;
import org.dialoguedesk.profile.ProfileVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code profile publish}: freezes what a profile says now as its next numbered version, dated today. */
@Command(name = "publish", mixinStandardHelpOptions = true, description = "Publish a profile's next version.")
final class ProfilePublishCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", required = true, paramLabel = "ID_OR_KEY", description = "The profile's id, key or title")
    String profileName;

    @Override
    public Integer call() {
        Main main = (Main) spec.root().userObject();
        try (Desk desk = main.openDesk()) {
            Profile p = CommandNames.profile(desk, profileName);
            ProfileVersion v = desk.profilePublishing().publish(p.id());
            spec.commandLine().getOut().println(CommandMessages.of(desk).get("profile.cli.published", v.number(),
                    p.title().en(), v.publishedOn().toString()));
            spec.commandLine().getOut().flush();
        }
        return Main.OK;
    }
}
