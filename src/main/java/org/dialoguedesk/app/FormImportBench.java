package org.dialoguedesk.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.questionnaire.AnswerKeys;
import org.dialoguedesk.questionnaire.FormImport;
import org.dialoguedesk.questionnaire.FormImportReport;
import org.dialoguedesk.questionnaire.FormSpec;
import org.dialoguedesk.questionnaire.ImportOutcome;
import org.dialoguedesk.questionnaire.PreviousAnswers;
import org.dialoguedesk.questionnaire.Question;
import org.dialoguedesk.questionnaire.TemplateVersion;
import org.dialoguedesk.render.form.QuestionnaireWorkbookWriter;

/**
 * {@code questionnaire-import}: imports 70 returned forms, every question answered, into a round that
 * has no answers yet; each run starts from a fresh copy of the same database. The forms are written
 * filled in through the pre-fill path of the workbook writer, which types values into answer cells
 * exactly as a focal point's spreadsheet program stores them.
 */
final class FormImportBench implements BenchScenario {

    private final Path folder;
    private final Path snapshot;
    private final List<Path> forms = new ArrayList<>();
    private Desk desk;
    private Path copy;
    private int run;

    FormImportBench(Path folder) {
        this.folder = folder.resolve("import");
        this.snapshot = this.folder.resolve("snapshot.db");
    }

    @Override
    public void prepare() {
        try (Desk d = Desk.open(folder.resolve("desk.db"), false)) {
            UUID roundId = FormsBench.benchRound(d, "Bench import " + FormsBench.COUNTRIES);
            TemplateVersion version = d.answers().version(roundId);
            PreviousAnswers filled = new PreviousAnswers("", answers(version));
            QuestionnaireWorkbookWriter writer = new QuestionnaireWorkbookWriter();
            for (FormSpec f : d.forms().formsFor(roundId)) {
                FormSpec spec = new FormSpec(f.roundId(), f.roundTitle(), f.dialogueName(), f.deadline(),
                        f.countryCode(), f.countryName(), f.focalPointName(), f.templateVersionId(),
                        f.templateVersionNumber(), f.lang(), f.generatedAt(), f.sections(), filled);
                Path file = folder.resolve("returned").resolve(spec.fileName());
                writer.write(spec, file);
                forms.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            // closed, so the write-ahead log is folded into the file: a plain copy is complete
            Files.copy(folder.resolve("desk.db"), snapshot, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value for every answer key, by question type: a complete, valid return. */
    static Map<String, String> answers(TemplateVersion version) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Question q : version.questions()) {
            int i = 0;
            for (String key : AnswerKeys.of(q)) {
                values.put(key, switch (q.type()) {
                    case INTEGER -> String.valueOf(1000 + i);
                    case DECIMAL -> "12.5";
                    case YEAR -> "2019";
                    case DATE -> "2024-06-30";
                    case YES_NO -> "yes";
                    case MULTIPLE_CHOICE -> i == 0 ? "yes" : "no";
                    case SINGLE_CHOICE -> q.choices().get(0).code();
                    case TABLE -> new BigDecimal(100 + i).toPlainString();
                    default -> "Answer to " + q.code();
                });
                i++;
            }
        }
        return values;
    }

    @Override
    public void beforeEach() {
        closeDesk();
        copy = folder.resolve("run-" + run++).resolve("desk.db");
        try {
            Files.createDirectories(copy.getParent());
            Files.copy(snapshot, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        desk = Desk.open(copy, false);
    }

    @Override
    public void runOnce() {
        for (FormImportReport r : desk.formImport().importFiles(forms, new FormImport.Options(false, false))) {
            if (r.outcome() != ImportOutcome.IMPORTED) {
                throw new DeskException("Bench form not imported: " + r.file() + " " + r.outcome() + " " + r.errors());
            }
        }
    }

    private void closeDesk() {
        if (desk != null) {
            desk.close();
            desk = null;
        }
    }

    @Override
    public void close() {
        closeDesk();
    }
}
