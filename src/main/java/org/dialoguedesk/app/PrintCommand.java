package org.dialoguedesk.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.questionnaire.FormSpec;
import org.dialoguedesk.questionnaire.PrintableQuestionnaire;
import org.dialoguedesk.questionnaire.Round;
import org.dialoguedesk.questionnaire.Template;
import org.dialoguedesk.questionnaire.TemplateVersion;
import org.dialoguedesk.render.form.QuestionnaireDocumentWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code questionnaire print}: the printable questionnaire (.docx). With {@code --round}, one per
 * recipient in its form language, named like its workbook ({@code <round-slug>-<ISO3>-<lang>.docx});
 * with {@code --template} and {@code --lang}, one blank copy of a template version.
 */
@Command(name = "print",
        description = "Write printable questionnaires (.docx): one per recipient of a round, "
                + "or a blank one of a template version in one language.")
final class PrintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Not the standard help mixin: its {@code --version} would clash with the template version. */
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--out", required = true, paramLabel = "DIR_OR_FILE",
            description = "With --round, the folder to write to; with --template, the .docx file (or a folder)")
    Path out;

    /** Either a round's recipients or a blank template version: picocli refuses both or neither. */
    static final class Target {
        @ArgGroup(exclusive = false, multiplicity = "1", heading = "One per recipient of a round:%n")
        RoundTarget round;

        @ArgGroup(exclusive = false, multiplicity = "1", heading = "A blank questionnaire:%n")
        BlankTarget blank;
    }

    static final class RoundTarget {
        @Option(names = "--round", required = true, paramLabel = "ID_OR_TITLE", description = "The round's id or title")
        String round;

        @Option(names = "--country", split = ",", arity = "1..*", paramLabel = "ISO3",
                description = "Only these recipient countries (ISO alpha-3, comma or space separated)")
        List<String> countries = new ArrayList<>();
    }

    static final class BlankTarget {
        @Option(names = "--template", required = true, paramLabel = "ID_OR_TITLE",
                description = "The template's id, key or title")
        String template;

        @Option(names = "--version", paramLabel = "N", description = "Version number (default: the latest)")
        Integer version;

        @Option(names = "--lang", required = true, paramLabel = "en|fr|ar", converter = LangConverter.class,
                description = "The language of the questionnaire")
        Lang lang;
    }

    static final class LangConverter implements ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            return Lang.fromCode(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a language: use en, fr or ar"));
        }
    }

    @Override
    public Integer call() throws IOException {
        Main main = (Main) spec.root().userObject();
        try (Desk desk = main.openDesk()) {
            Messages messages = CommandMessages.of(desk);
            PrintWriter pw = spec.commandLine().getOut();
            if (target.round != null) {
                printRound(desk, messages, pw);
            } else {
                printBlank(desk, messages, pw);
            }
            pw.flush();
        }
        return Main.OK;
    }

    private void printRound(Desk desk, Messages messages, PrintWriter pw) throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new DeskException("Not a folder: " + out);
        }
        Round round = CommandNames.round(desk, target.round.round);
        List<FormSpec> forms = desk.forms().formsFor(round.id(), target.round.countries);
        QuestionnaireDocumentWriter writer = new QuestionnaireDocumentWriter();
        for (FormSpec form : forms) {
            PrintableQuestionnaire document = PrintableQuestionnaire.of(form);
            Path file = out.resolve(document.fileName());
            writer.write(document, file);
            pw.println(messages.get("questionnaire.cli.formWritten", form.countryCode(),
                    form.focalPointName().isEmpty() ? "-" : form.focalPointName(), form.lang().code(), file));
        }
        pw.println(messages.get("questionnaire.cli.printsWritten", forms.size(), round.title(), out));
    }

    private void printBlank(Desk desk, Messages messages, PrintWriter pw) throws IOException {
        TemplateVersion version = CommandNames.templateVersion(desk, target.blank.template, target.blank.version);
        Template template = desk.questionnaireTemplates().template(version.templateId()).orElseThrow();
        PrintableQuestionnaire document = PrintableQuestionnaire.blank(template, version, target.blank.lang,
                desk.clock().instant().truncatedTo(ChronoUnit.SECONDS));
        Path file = Files.isDirectory(out) ? out.resolve(document.fileName()) : out;
        new QuestionnaireDocumentWriter().write(document, file);
        pw.println(messages.get("questionnaire.cli.printBlankWritten", template.title().in(messages.lang()),
                version.number(), target.blank.lang.code(), file));
    }
}
