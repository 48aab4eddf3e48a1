package org.dialoguedesk.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.questionnaire.TemplateDraft;
import org.dialoguedesk.questionnaire.TemplateVersion;
import org.dialoguedesk.questionnaire.XlsFormException;
import org.dialoguedesk.questionnaire.XlsFormImportResult;
import org.dialoguedesk.questionnaire.XlsFormNote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code questionnaire xlsform-import}: a template from an XLSForm workbook, with the report of what
 * was not kept. A file with any problem imports nothing (exit 1, one line saying where).
 */
@Command(name = "xlsform-import", mixinStandardHelpOptions = true,
        description = "Import a questionnaire template from an XLSForm workbook (.xlsx).")
final class XlsFormImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The XLSForm .xlsx file")
    Path file;

    @Option(names = "--dry-run", description = "Check the file and print the report; save nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        Main main = (Main) spec.root().userObject();
        try (Desk desk = main.openDesk()) {
            Messages messages = CommandMessages.of(desk);
            PrintWriter out = spec.commandLine().getOut();
            XlsFormImportResult result = desk.xlsForms().read(file);
            TemplateDraft draft = result.draft();
            int questions = draft.sections().stream().mapToInt(s -> s.questions().size()).sum();
            if (dryRun) {
                out.println(messages.get("questionnaire.cli.checked", result.file(), draft.key(), draft.title().en(),
                        draft.sections().size(), questions));
            } else {
                TemplateVersion saved = desk.xlsForms().apply(result);
                out.println(messages.get("questionnaire.cli.imported", result.file(), draft.key(), draft.title().en(),
                        draft.sections().size(), questions, saved.number()));
            }
            if (result.notKept().isEmpty()) {
                out.println(messages.get("questionnaire.cli.allKept"));
            } else {
                out.println(messages.get("questionnaire.cli.notKept", result.notKept().size()));
                for (XlsFormNote note : result.notKept()) {
                    out.println("  " + XlsFormException.describe(messages, result.file(), note));
                }
            }
            out.flush();
        }
        return Main.OK;
    }
}
