package org.dialoguedesk.app;

import picocli.CommandLine.Command;

@Command(name = "meeting", mixinStandardHelpOptions = true,
        description = "Meetings of the dialogues: list them, invite from the roster, make their documents, their statistics, calendar files and news items.",
        subcommands = {MeetingListCommand.class, MeetingInviteCommand.class, MeetingDocumentsCommand.class,
                MeetingStatsCommand.class, MeetingIcsCommand.class, MeetingNewsCommand.class})
final class MeetingCommand {
}
