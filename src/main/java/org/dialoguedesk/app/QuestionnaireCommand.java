package org.dialoguedesk.app;

import picocli.CommandLine.Command;

@Command(name = "questionnaire", mixinStandardHelpOptions = true,
        description = "Questionnaire templates: list them, import and export XLSForm workbooks.",
        subcommands = {QuestionnaireTemplatesCommand.class, XlsFormImportCommand.class, XlsFormExportCommand.class})
final class QuestionnaireCommand {
}
