package org.dialoguedesk.roster.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dialoguedesk.roster.ContactImport;
import org.dialoguedesk.roster.ImportIssue;
import org.dialoguedesk.roster.ImportPlan;
import org.dialoguedesk.roster.ImportRefusedException;
import org.dialoguedesk.roster.ImportResult;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * The second step of an import: what the checked file would do (contacts to add, rows left out,
 * problems) and every issue by row and column. Importing is refused while the plan has errors:
 * the file is all or nothing, so the officer fixes it (or the column choice) and checks again.
 */
public final class ImportReportFormModel implements FormModel {

    /** One issue as the report table shows it, in the officer's language. */
    public record IssueRow(String row, String column, String kind, String message, ImportIssue issue) {
    }

    private final ContactImport contactImport;
    private final JobRunner jobs;
    private final I18n i18n;
    private final ImportPlan plan;
    private final Runnable onBack;
    private final Consumer<ImportResult> onImported;
    private final ObservableList<IssueRow> issues = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper(this, "refused");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done", false);
    private final BooleanBinding submittable;

    /**
     * @param onBack called when the officer goes back to the column choice
     * @param onImported called with what was written
     */
    public ImportReportFormModel(ContactImport contactImport, JobRunner jobs, I18n i18n, ImportPlan plan,
                                 Runnable onBack, Consumer<ImportResult> onImported) {
        this.contactImport = contactImport;
        this.jobs = jobs;
        this.i18n = i18n;
        this.plan = plan;
        this.onBack = onBack;
        this.onImported = onImported;
        refused.set(plan.hasErrors());
        issues.setAll(rows(plan.issues()));
        submittable = Bindings.createBooleanBinding(() -> !refused.get() && !running.get() && !plan.rows().isEmpty(),
                refused, running);
    }

    private List<IssueRow> rows(List<ImportIssue> found) {
        return found.stream().map(i -> new IssueRow(i.row() == 0 ? i18n.get("roster.ui.import.report.wholeFile")
                : String.valueOf(i.row()), i.column(), kind(i), i18n.format(i.problem()), i)).toList();
    }

    private String kind(ImportIssue issue) {
        return switch (issue.severity()) {
            case ERROR -> i18n.get("roster.ui.import.severity.error");
            case SKIPPED -> i18n.get("roster.ui.import.severity.skipped");
            case WARNING -> i18n.get("roster.ui.import.severity.warning");
        };
    }

    /** Contacts that would be added, e.g. "12 contacts to add". */
    public String toAdd() {
        return i18n.get("roster.ui.import.report.toAdd", plan.hasErrors() ? 0 : plan.rows().size());
    }

    public String skipped() {
        return i18n.get("roster.ui.import.report.skipped", plan.skippedCount());
    }

    public String problems() {
        return i18n.get("roster.ui.import.report.problems", plan.errors().size());
    }

    /** Why nothing can be imported now; empty when the file can be imported. */
    public String blocked() {
        if (plan.hasErrors()) {
            return i18n.get("roster.ui.import.report.blocked");
        }
        return plan.rows().isEmpty() ? i18n.get("roster.ui.import.report.nothingToAdd") : "";
    }

    @Override
    public String title() {
        return i18n.get("roster.ui.import.report.title", plan.source());
    }

    @Override
    public String submitLabel() {
        return i18n.get("roster.ui.import.report.submit");
    }

    /** Writes the plan, all or nothing. */
    @Override
    public void submit() {
        if (!submittable.get()) {
            return;
        }
        running.set(true);
        error.set("");
        jobs.run(i18n.get("roster.ui.job.import", plan.source()), () -> contactImport.apply(plan), result -> {
            running.set(false);
            done.set(true);
            onImported.accept(result);
        }, e -> {
            running.set(false);
            if (e instanceof ImportRefusedException r) {
                // the roster changed since the check: show why, and make the officer check again
                refused.set(true);
                issues.setAll(rows(r.issues()));
                error.set(i18n.get("roster.ui.import.report.changed"));
            } else {
                error.set(i18n.describe(e));
            }
        });
    }

    /** Back to the column choice, keeping this plan's choice. */
    public void onBack() {
        done.set(true);
        onBack.run();
    }

    @Override
    public ObservableBooleanValue submittableProperty() {
        return submittable;
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ImportPlan plan() {
        return plan;
    }

    public ObservableList<IssueRow> issues() {
        return issues;
    }

    public ReadOnlyBooleanProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
