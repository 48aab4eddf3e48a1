package org.dialoguedesk.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.questionnaire.AnswerChange;
import org.dialoguedesk.questionnaire.FormImport;
import org.dialoguedesk.questionnaire.FormImportReport;
import org.dialoguedesk.questionnaire.ImportOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code questionnaire import FILE...}: reads returned questionnaire workbooks, each into its own round
 * and country, and says per file what was found and done, with the cell of every problem. Exits 1
 * when any file was refused or is waiting for {@code --replace}.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import returned questionnaire workbooks (.xlsx); each is recognised by its round and country.")
final class FormImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Returned workbooks")
    List<Path> files = new ArrayList<>();

    @Option(names = "--dry-run", description = "Check and report only; change nothing")
    boolean dryRun;

    @Option(names = "--replace", description = "Replace answers already stored for a country (after reading what changes)")
    boolean replace;

    @Override
    public Integer call() {
        Main main = (Main) spec.root().userObject();
        try (Desk desk = main.openDesk()) {
            Messages messages = CommandMessages.of(desk);
            List<FormImportReport> reports = desk.formImport().importFiles(files,
                    new FormImport.Options(dryRun, replace));
            PrintWriter out = spec.commandLine().getOut();
            FormImportLines lines = new FormImportLines(messages);
            reports.forEach(r -> lines.of(r).forEach(out::println));
            long fine = reports.stream().filter(r -> r.outcome() != ImportOutcome.REFUSED
                    && r.outcome() != ImportOutcome.NEEDS_CONFIRMATION).count();
            out.println(messages.get(dryRun ? "questionnaire.import.summary.dryRun" : "questionnaire.import.summary",
                    fine, reports.size()));
            out.flush();
            return fine == reports.size() ? Main.OK : Main.BAD_INPUT;
        }
    }

    /** A report as lines of text: the outcome, then one indented line per problem, warning and change. */
    static final class FormImportLines {

        private final Messages messages;

        FormImportLines(Messages messages) {
            this.messages = messages;
        }

        List<String> of(FormImportReport r) {
            List<String> lines = new ArrayList<>();
            String who = r.countryCode().isEmpty() ? "" : r.countryCode() + " ";
            lines.add(who + r.file() + ": " + switch (r.outcome()) {
                case IMPORTED -> messages.get("questionnaire.import.outcome.imported", r.answered(), r.questions(),
                        messages.name(r.statusAfter()));
                case UNCHANGED -> messages.get("questionnaire.import.outcome.unchanged");
                case WOULD_IMPORT -> messages.get("questionnaire.import.outcome.wouldImport", r.answered(),
                        r.questions());
                case NEEDS_CONFIRMATION -> messages.get("questionnaire.import.outcome.needsConfirmation",
                        r.changes().size());
                case REFUSED -> messages.get("questionnaire.import.outcome.refused", r.errors().size());
            });
            r.errors().forEach(p -> lines.add("  " + problem(p)));
            r.warnings().forEach(p -> lines.add("  " + messages.get("questionnaire.import.warning", problem(p))));
            if (r.outcome() != ImportOutcome.REFUSED && r.outcome() != ImportOutcome.UNCHANGED) {
                r.changes().forEach(c -> lines.add("  " + change(c)));
            }
            return lines;
        }

        String problem(Problem p) {
            String text = messages.format(p);
            return p.field().isEmpty() ? text : p.field() + ": " + text;
        }

        String change(AnswerChange c) {
            return messages.get("questionnaire.import.change", c.key(), c.before(),
                    c.after().isEmpty() ? messages.get("questionnaire.import.change.nothing") : c.after());
        }
    }
}
