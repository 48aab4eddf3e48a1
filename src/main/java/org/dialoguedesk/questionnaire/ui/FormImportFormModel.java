package org.dialoguedesk.questionnaire.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.questionnaire.AnswerChange;
import org.dialoguedesk.questionnaire.FormImport;
import org.dialoguedesk.questionnaire.FormImportReport;
import org.dialoguedesk.questionnaire.ImportOutcome;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * Importing returned workbooks in the window: the files are first checked without changing anything,
 * and each one's report is shown (what it is, its problems with their cells, the answers it would
 * change). Importing then stores the files that can be; files that would replace stored answers only
 * when the officer ticked "replace", having read the changes.
 */
public final class FormImportFormModel implements FormModel {

    /** One file's report in the officer's language: a heading line and detail lines. */
    public record ReportView(String heading, List<String> details, ImportOutcome outcome) {
    }

    private final FormImport formImport;
    private final JobRunner jobs;
    private final I18n i18n;
    private final List<Path> files;
    private final Consumer<List<FormImportReport>> onImported;
    private final ObservableList<ReportView> reports = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking", true);
    private final ReadOnlyBooleanWrapper confirmable = new ReadOnlyBooleanWrapper(this, "confirmable", false);
    private final ReadOnlyBooleanWrapper importable = new ReadOnlyBooleanWrapper(this, "importable", false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done", false);
    private final BooleanProperty replace = new SimpleBooleanProperty(this, "replace", false);
    private final BooleanBinding submittable;
    private List<FormImportReport> checked = List.of();

    public FormImportFormModel(FormImport formImport, JobRunner jobs, I18n i18n, List<Path> files,
                               Consumer<List<FormImportReport>> onImported) {
        this.formImport = formImport;
        this.jobs = jobs;
        this.i18n = i18n;
        this.files = List.copyOf(files);
        this.onImported = onImported;
        this.submittable = Bindings.createBooleanBinding(() -> !checking.get()
                && (importable.get() || confirmable.get() && replace.get()), checking, importable, confirmable, replace);
        check();
    }

    private void check() {
        checking.set(true);
        jobs.run(i18n.get("questionnaire.ui.import.job.check"), () -> formImport.importFiles(files,
                new FormImport.Options(true, false)), found -> {
            checked = found;
            reports.setAll(found.stream().map(this::view).toList());
            importable.set(found.stream().anyMatch(r -> r.outcome() == ImportOutcome.WOULD_IMPORT));
            confirmable.set(found.stream().anyMatch(r -> r.outcome() == ImportOutcome.NEEDS_CONFIRMATION));
            checking.set(false);
        }, failure -> {
            reports.setAll(new ReportView(i18n.describe(failure), List.of(), ImportOutcome.REFUSED));
            checking.set(false);
        });
    }

    ReportView view(FormImportReport r) {
        String who = r.countryCode().isEmpty() ? r.file() : r.countryCode() + " \u2014 " + r.file();
        String what = switch (r.outcome()) {
            case IMPORTED -> i18n.get("questionnaire.import.outcome.imported", r.answered(), r.questions(),
                    i18n.name(r.statusAfter()));
            case UNCHANGED -> i18n.get("questionnaire.import.outcome.unchanged");
            case WOULD_IMPORT -> i18n.get("questionnaire.import.outcome.wouldImport", r.answered(), r.questions());
            case NEEDS_CONFIRMATION -> i18n.get("questionnaire.ui.import.needsConfirmation", r.changes().size());
            case REFUSED -> i18n.get("questionnaire.import.outcome.refused", r.errors().size());
        };
        List<String> details = new ArrayList<>();
        r.errors().forEach(p -> details.add(problem(p)));
        r.warnings().forEach(p -> details.add(i18n.get("questionnaire.import.warning", problem(p))));
        if (r.outcome() == ImportOutcome.NEEDS_CONFIRMATION || r.outcome() == ImportOutcome.IMPORTED) {
            r.changes().forEach(c -> details.add(change(c)));
        }
        return new ReportView(who + ": " + what, details, r.outcome());
    }

    private String problem(Problem p) {
        String text = i18n.format(p);
        return p.field().isEmpty() ? text : p.field() + ": " + text;
    }

    private String change(AnswerChange c) {
        return i18n.get("questionnaire.import.change", c.key(), c.before(),
                c.after().isEmpty() ? i18n.get("questionnaire.import.change.nothing") : c.after());
    }

    @Override
    public String title() {
        return i18n.get("questionnaire.ui.import.title", files.size());
    }

    @Override
    public String submitLabel() {
        return i18n.get("questionnaire.ui.import.submit");
    }

    @Override
    public void submit() {
        if (!submittable.get()) {
            return;
        }
        checking.set(true);
        jobs.run(i18n.get("questionnaire.ui.import.job.import"), () -> formImport.importFiles(files,
                new FormImport.Options(false, replace.get())), result -> {
            checking.set(false);
            done.set(true);
            onImported.accept(result);
        }, failure -> {
            checking.set(false);
            reports.setAll(new ReportView(i18n.describe(failure), List.of(), ImportOutcome.REFUSED));
        });
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    @Override
    public ObservableBooleanValue submittableProperty() {
        return submittable;
    }

    public ObservableList<ReportView> reports() {
        return reports;
    }

    /** The reports of the check, as the import service gave them. */
    public List<FormImportReport> checked() {
        return checked;
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** Some file would replace stored answers: the "replace" choice is offered. */
    public ReadOnlyBooleanProperty confirmableProperty() {
        return confirmable.getReadOnlyProperty();
    }

    public BooleanProperty replaceProperty() {
        return replace;
    }
}
