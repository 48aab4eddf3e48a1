package org.dialoguedesk.questionnaire.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dialoguedesk.questionnaire.Question;
import org.dialoguedesk.questionnaire.QuestionType;
import org.dialoguedesk.questionnaire.QuestionnaireTemplateService;
import org.dialoguedesk.questionnaire.TemplateVersion;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;
import org.dialoguedesk.ui.LocalizedText;

/**
 * Adds a question to a draft version or edits one. Saving sends the whole draft to the template
 * service (the version's revision guards against a stale copy); the service's problems for this
 * question appear under its fields. Unit, choices and table rows and columns are kept only for the
 * types that use them, so changing the type never leaves hidden values behind.
 */
public final class QuestionFormModel implements FormModel {

    private final QuestionnaireTemplateService templates;
    private final JobRunner jobs;
    private final I18n i18n;
    private final TemplateVersion version;
    private final OutlinePosition at;
    private final Optional<Question> editing;
    private final Consumer<SavedDraft> onSaved;
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final ObjectProperty<QuestionType> type = new SimpleObjectProperty<>(this, "type", QuestionType.SHORT_TEXT);
    private final BooleanProperty required = new SimpleBooleanProperty(this, "required", false);
    private final LocalizedText label;
    private final LocalizedText help;
    private final LocalizedText definition;
    private final StringProperty unit = new SimpleStringProperty(this, "unit", "");
    private final OptionListModel choices;
    private final OptionListModel rows;
    private final OptionListModel columns;
    private final FormErrors errors;
    private final DraftFormSave save = new DraftFormSave();

    /**
     * @param at where the question is (editing) or goes (adding: the index it will have in its section)
     * @param editing the question to edit, or empty to add one at {@code at}
     */
    public QuestionFormModel(QuestionnaireTemplateService templates, JobRunner jobs, I18n i18n,
                             TemplateVersion version, OutlinePosition at, Optional<Question> editing,
                             Consumer<SavedDraft> onSaved) {
        this.templates = templates;
        this.jobs = jobs;
        this.i18n = i18n;
        this.version = version;
        this.at = at;
        this.editing = editing;
        this.onSaved = onSaved;
        this.errors = new FormErrors(i18n, "code", "label", "choices", "rows", "columns");
        this.label = new LocalizedText(editing.map(Question::label).orElse(null));
        this.help = new LocalizedText(editing.map(Question::help).orElse(null));
        this.definition = new LocalizedText(editing.map(Question::definition).orElse(null));
        this.choices = new OptionListModel(editing.map(Question::choices).orElse(List.of()));
        this.rows = new OptionListModel(editing.map(Question::rows).orElse(List.of()));
        this.columns = new OptionListModel(editing.map(Question::columns).orElse(List.of()));
        editing.ifPresent(q -> {
            code.set(q.code());
            type.set(q.type());
            required.set(q.required());
            unit.set(q.unit());
        });
    }

    @Override
    public String title() {
        String section = i18n.text(version.sections().get(at.section()).title());
        return editing.map(q -> i18n.get("questionnaire.ui.question.edit.title", q.code(), section))
                .orElseGet(() -> i18n.get("questionnaire.ui.question.add.title", section));
    }

    @Override
    public String submitLabel() {
        return editing.isPresent() ? i18n.get("ui.dialog.save") : i18n.get("questionnaire.ui.question.add.submit");
    }

    /** The question as the fields say it, with only the parts its type uses. */
    Question question() {
        QuestionType t = type.get() == null ? QuestionType.SHORT_TEXT : type.get();
        return new Question(editing.map(Question::meta).orElse(null), code.get(), t, required.get(), label.value(),
                help.value(), definition.value(), t == QuestionType.DECIMAL ? unit.get() : "",
                t.hasChoices() ? choices.values() : List.of(),
                t == QuestionType.TABLE ? rows.values() : List.of(),
                t == QuestionType.TABLE ? columns.values() : List.of());
    }

    @Override
    public void submit() {
        Question q = question();
        TemplateVersion edited = version.withSections(editing.isPresent()
                ? DraftOutline.replaceQuestion(version.sections(), at, q)
                : DraftOutline.insertQuestion(version.sections(), at.section(), at.question(), q));
        save.save(jobs, i18n.get("questionnaire.ui.job.saveDraft", String.valueOf(version.number())), errors, at, q.code(),
                () -> new SavedDraft(templates.saveDraft(edited), at), onSaved);
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return save.doneProperty();
    }

    public BooleanBinding hasUnit() {
        return Bindings.createBooleanBinding(() -> type.get() == QuestionType.DECIMAL, type);
    }

    public BooleanBinding hasChoices() {
        return Bindings.createBooleanBinding(() -> type.get() != null && type.get().hasChoices(), type);
    }

    public BooleanBinding isTable() {
        return Bindings.createBooleanBinding(() -> type.get() == QuestionType.TABLE, type);
    }

    public StringProperty codeProperty() {
        return code;
    }

    public ObjectProperty<QuestionType> typeProperty() {
        return type;
    }

    public BooleanProperty requiredProperty() {
        return required;
    }

    public LocalizedText label() {
        return label;
    }

    public LocalizedText help() {
        return help;
    }

    public LocalizedText definition() {
        return definition;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public OptionListModel choices() {
        return choices;
    }

    public OptionListModel rows() {
        return rows;
    }

    public OptionListModel columns() {
        return columns;
    }

    public FormErrors errors() {
        return errors;
    }
}
