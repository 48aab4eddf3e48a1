package org.dialoguedesk.app;

import picocli.CommandLine.Command;

@Command(name = "roster", mixinStandardHelpOptions = true,
        description = "Partner rosters: members of a dialogue, contact import and export.",
        subcommands = {RosterMembersCommand.class, RosterImportCommand.class, RosterExportCommand.class})
final class RosterCommand {
}
