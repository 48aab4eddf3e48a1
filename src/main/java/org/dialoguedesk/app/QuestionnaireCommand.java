package org.dialoguedesk.app;

import picocli.CommandLine.Command;

@Command(name = "questionnaire", mixinStandardHelpOptions = true,
        description = "Questionnaire templates and rounds: list templates, import and export XLSForm workbooks, "
                + "open rounds, follow each country's status, write fillable and printable questionnaires, import returned forms, "
                + "review and export answers.",
        subcommands = {QuestionnaireTemplatesCommand.class, XlsFormImportCommand.class, XlsFormExportCommand.class,
                QuestionnaireRoundsCommand.class, RoundStatusCommand.class, RoundCreateCommand.class,
                RoundStatusChangeCommand.class, FormsCommand.class, PrintCommand.class, FormImportCommand.class,
                AnswersCommand.class, ReviewCommand.class})
final class QuestionnaireCommand {
}
