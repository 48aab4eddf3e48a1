package org.dialoguedesk.questionnaire.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import org.dialoguedesk.questionnaire.Template;
import org.dialoguedesk.questionnaire.TemplateVersion;
import org.dialoguedesk.questionnaire.XlsFormImportResult;
import org.dialoguedesk.questionnaire.XlsFormNote;
import org.dialoguedesk.questionnaire.XlsFormTransfer;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * The report of a checked XLSForm before anything is saved: what the file becomes (a new template,
 * or the next version of the template with its {@code form_id}) and every part of it a template
 * cannot hold, by sheet and cell. Importing saves it all.
 */
public final class XlsFormImportFormModel implements FormModel {

    /** One thing not kept, as the report lists it. */
    public record NoteRow(String sheet, String cell, String message) {
    }

    private final XlsFormTransfer xlsForms;
    private final JobRunner jobs;
    private final I18n i18n;
    private final XlsFormImportResult result;
    private final Optional<Template> existing;
    private final int versionNumber;
    private final Consumer<TemplateVersion> onImported;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done", false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /**
     * @param existing the template with the file's key, if there is one: the file becomes its next version
     * @param versionNumber the number the imported version will have
     */
    public XlsFormImportFormModel(XlsFormTransfer xlsForms, JobRunner jobs, I18n i18n, XlsFormImportResult result,
                                  Optional<Template> existing, int versionNumber,
                                  Consumer<TemplateVersion> onImported) {
        this.xlsForms = xlsForms;
        this.jobs = jobs;
        this.i18n = i18n;
        this.result = result;
        this.existing = existing;
        this.versionNumber = versionNumber;
        this.onImported = onImported;
    }

    /** What the file becomes, e.g. "Version 2 of the template imap_… “…”: 7 sections, 52 questions." */
    public String summary() {
        // counts as text: Latin digits in every language, like the dates and codes beside them
        String sections = String.valueOf(result.draft().sections().size());
        String questions = String.valueOf(result.draft().sections().stream().mapToLong(s -> s.questions().size()).sum());
        return existing.map(t -> i18n.get("questionnaire.ui.import.report.newVersion", t.key(), i18n.text(t.title()),
                        sections, questions, String.valueOf(versionNumber)))
                .orElseGet(() -> i18n.get("questionnaire.ui.import.report.newTemplate", result.draft().key(),
                        i18n.text(result.draft().title()), sections, questions));
    }

    /** The heading over the notes: how many things were not kept, or that everything was. */
    public String notKeptHeading() {
        return result.notKept().isEmpty() ? i18n.get("questionnaire.ui.import.report.allKept")
                : i18n.get("questionnaire.ui.import.report.notKept",
                String.valueOf(result.notKept().size()));
    }

    public List<NoteRow> notes() {
        return result.notKept().stream().map(this::row).toList();
    }

    private NoteRow row(XlsFormNote note) {
        return new NoteRow(note.sheet(), note.cell(), i18n.get(note.messageKey(), note.args().toArray()));
    }

    @Override
    public String title() {
        return i18n.get("questionnaire.ui.import.report.title", result.file());
    }

    @Override
    public String submitLabel() {
        return i18n.get("questionnaire.ui.import.report.submit");
    }

    @Override
    public void submit() {
        if (running.get()) {
            return;
        }
        running.set(true);
        error.set("");
        jobs.run(i18n.get("questionnaire.ui.job.importXlsForm", result.file()), () -> xlsForms.apply(result),
                version -> {
                    running.set(false);
                    done.set(true);
                    onImported.accept(version);
                }, e -> {
                    running.set(false);
                    error.set(i18n.describe(e));
                });
    }

    @Override
    public ObservableBooleanValue submittableProperty() {
        return running.not();
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
