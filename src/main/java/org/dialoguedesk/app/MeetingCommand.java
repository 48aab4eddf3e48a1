package org.dialoguedesk.app;

import picocli.CommandLine.Command;

@Command(name = "meeting", mixinStandardHelpOptions = true,
        description = "Meetings of the dialogues: list them, make their documents.",
        subcommands = {MeetingListCommand.class, MeetingDocumentsCommand.class})
final class MeetingCommand {
}
