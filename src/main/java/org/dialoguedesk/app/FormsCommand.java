package org.dialoguedesk.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.questionnaire.FormSpec;
import org.dialoguedesk.questionnaire.Round;
import org.dialoguedesk.render.form.QuestionnaireWorkbookWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code questionnaire forms}: one fillable workbook per recipient of a round, in its focal point's
 * language, named {@code <round-slug>-<ISO3>-<lang>.xlsx}; a line per file, then a summary.
 */
@Command(name = "forms", mixinStandardHelpOptions = true,
        description = "Write the fillable questionnaire workbook (.xlsx) of each recipient of a round.")
final class FormsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--round", required = true, paramLabel = "ID_OR_TITLE", description = "The round's id or title")
    String roundName;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the forms to")
    Path out;

    @Option(names = "--country", split = ",", paramLabel = "ISO3",
            description = "Only these recipient countries (ISO alpha-3, comma separated)")
    List<String> countries = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Main main = (Main) spec.root().userObject();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new DeskException("Not a folder: " + out);
        }
        try (Desk desk = main.openDesk()) {
            Messages messages = CommandMessages.of(desk);
            Round round = CommandNames.round(desk, roundName);
            List<FormSpec> forms = desk.forms().formsFor(round.id(), countries);
            PrintWriter pw = spec.commandLine().getOut();
            QuestionnaireWorkbookWriter writer = new QuestionnaireWorkbookWriter();
            for (FormSpec form : forms) {
                Path file = out.resolve(form.fileName());
                writer.write(form, file);
                pw.println(messages.get("questionnaire.cli.formWritten", form.countryCode(), form.focalPointName()
                        .isEmpty() ? "-" : form.focalPointName(), form.lang().code(), file));
            }
            pw.println(messages.get("questionnaire.cli.formsWritten", forms.size(), round.title(), out));
            pw.flush();
        }
        return Main.OK;
    }
}
