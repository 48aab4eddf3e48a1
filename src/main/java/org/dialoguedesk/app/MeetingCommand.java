package org.dialoguedesk.app;

import picocli.CommandLine.Command;

@Command(name = "meeting", mixinStandardHelpOptions = true,
        description = "Meetings of the dialogues: list them.",
        subcommands = {MeetingListCommand.class})
final class MeetingCommand {
}
