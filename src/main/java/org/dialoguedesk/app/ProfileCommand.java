package org.dialoguedesk.app;

import picocli.CommandLine.Command;

@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "Country, route, hub and city profiles: list them, update them from a round, publish a version, "
                + "compare two versions, list a profile's sources, compare a route's countries, render them as PDF and Word.",
        subcommands = {ProfileListCommand.class, ProfileUpdateCommand.class, ProfilePublishCommand.class,
                ProfileDiffCommand.class, ProfileSourcesCommand.class, ProfileCompareCommand.class,
                ProfileRenderCommand.class})
final class ProfileCommand {
}
