package org.dialoguedesk.app;

import picocli.CommandLine.Command;

@Command(name = "meeting", mixinStandardHelpOptions = true,
        description = "Meetings of the dialogues: list them, make their documents, their statistics and calendar files, invite from the roster.",
        subcommands = {MeetingListCommand.class, MeetingDocumentsCommand.class, MeetingStatsCommand.class,
                MeetingIcsCommand.class, MeetingInviteCommand.class})
final class MeetingCommand {
}
