package org.dialoguedesk.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.common.table.Table;
import org.dialoguedesk.common.table.TableFileFormat;
import org.dialoguedesk.questionnaire.AnswerTables;
import org.dialoguedesk.questionnaire.Round;
import org.dialoguedesk.render.sheet.SpreadsheetTableFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code questionnaire answers}: a round's answers as CSV or XLSX, wide or long, labelled in one language. */
@Command(name = "answers", mixinStandardHelpOptions = true,
        description = "Export the answers of a round: wide (one row per country) or long (one row per answer).")
final class AnswersCommand implements Callable<Integer> {

    enum Format { csv, xlsx }

    enum Layout { wide, long_ }

    @Spec
    CommandSpec spec;

    @Option(names = "--round", required = true, paramLabel = "ID_OR_TITLE", description = "The round's id or title")
    String roundName;

    @Option(names = "--format", defaultValue = "csv", description = "csv or xlsx (default: csv)")
    Format format;

    @Option(names = "--layout", defaultValue = "wide", paramLabel = "wide|long",
            description = "wide: one row per country; long: one row per answer (default: wide)",
            converter = LayoutConverter.class)
    Layout layout;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "en|fr|ar", description = "Language of the labels")
    String lang;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write")
    Path out;

    /** "long" is a Java keyword: the option's word maps onto the constant by hand. */
    static final class LayoutConverter implements picocli.CommandLine.ITypeConverter<Layout> {
        @Override
        public Layout convert(String value) {
            return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "wide" -> Layout.wide;
                case "long" -> Layout.long_;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "expected wide or long, not " + value);
            };
        }
    }

    @Override
    public Integer call() throws java.io.IOException {
        Main main = (Main) spec.root().userObject();
        Lang language = Lang.fromCode(lang).orElseThrow(() -> new picocli.CommandLine.ParameterException(
                spec.commandLine(), "--lang must be en, fr or ar, not " + lang));
        try (Desk desk = main.openDesk()) {
            Messages messages = CommandMessages.of(desk);
            Round round = CommandNames.round(desk, roundName);
            Table table = desk.answerTables().table(round.id(),
                    layout == Layout.wide ? AnswerTables.Layout.WIDE : AnswerTables.Layout.LONG, language);
            new SpreadsheetTableFiles().write(table, out, format == Format.csv ? TableFileFormat.CSV
                    : TableFileFormat.XLSX);
            spec.commandLine().getOut().println(messages.get("questionnaire.cli.answersWritten", table.rows().size(),
                    round.title(), out));
            spec.commandLine().getOut().flush();
        }
        return Main.OK;
    }
}
