package org.dialoguedesk.app;

import picocli.CommandLine.Command;

@Command(name = "meeting", mixinStandardHelpOptions = true,
        description = "Meetings of the dialogues: list them, their statistics and calendar files.",
        subcommands = {MeetingListCommand.class, MeetingStatsCommand.class, MeetingIcsCommand.class})
final class MeetingCommand {
}
