package org.dialoguedesk.app;

import picocli.CommandLine.Command;

@Command(name = "questionnaire", mixinStandardHelpOptions = true,
        description = "Questionnaire templates and rounds: list templates, import and export XLSForm workbooks, "
                + "open rounds, follow each country's status, write fillable and printable questionnaires.",
        subcommands = {QuestionnaireTemplatesCommand.class, XlsFormImportCommand.class, XlsFormExportCommand.class,
                QuestionnaireRoundsCommand.class, RoundStatusCommand.class, RoundCreateCommand.class,
                RoundStatusChangeCommand.class, FormsCommand.class, FormImportCommand.class,
                AnswersCommand.class, ReviewCommand.class})
                RoundStatusChangeCommand.class, FormsCommand.class, PrintCommand.class})
final class QuestionnaireCommand {
}
