package org.dialoguedesk.questionnaire.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.ValidationException;
import org.dialoguedesk.questionnaire.QuestionnaireTemplateService;
import org.dialoguedesk.questionnaire.Section;
import org.dialoguedesk.questionnaire.Template;
import org.dialoguedesk.questionnaire.TemplateDraft;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;
import org.dialoguedesk.ui.LocalizedText;

/**
 * A new template (key, title, description and its first section, since a version needs one) or a
 * template's title and description. The key never changes: it ties the template to its XLSForm
 * {@code form_id}, so a re-imported file becomes its next version.
 */
public final class TemplateFormModel implements FormModel {

    /** The service's field paths, as this form's fields. */
    private static final Map<String, String> FIELDS = Map.of("template.key", "key", "template.title", "title",
            "sections[0].code", "sectionCode", "sections[0].title", "sectionTitle");

    private final QuestionnaireTemplateService templates;
    private final JobRunner jobs;
    private final I18n i18n;
    private final Optional<Template> editing;
    private final Consumer<UUID> onSaved;
    private final StringProperty key = new SimpleStringProperty(this, "key", "");
    private final LocalizedText title;
    private final LocalizedText description;
    private final StringProperty sectionCode = new SimpleStringProperty(this, "sectionCode", "");
    private final LocalizedText sectionTitle = new LocalizedText(null);
    private final FormErrors errors;
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done", false);

    /** @param onSaved called with the saved template's id */
    public TemplateFormModel(QuestionnaireTemplateService templates, JobRunner jobs, I18n i18n,
                             Optional<Template> editing, Consumer<UUID> onSaved) {
        this.templates = templates;
        this.jobs = jobs;
        this.i18n = i18n;
        this.editing = editing;
        this.onSaved = onSaved;
        this.errors = new FormErrors(i18n, "key", "title", "sectionCode", "sectionTitle");
        this.title = new LocalizedText(editing.map(Template::title).orElse(null));
        this.description = new LocalizedText(editing.map(Template::description).orElse(null));
        editing.ifPresent(t -> key.set(t.key()));
    }

    public boolean isNew() {
        return editing.isEmpty();
    }

    @Override
    public String title() {
        return editing.map(t -> i18n.get("questionnaire.ui.template.edit.title", i18n.text(t.title())))
                .orElseGet(() -> i18n.get("questionnaire.ui.template.new.title"));
    }

    @Override
    public String submitLabel() {
        return editing.isPresent() ? i18n.get("ui.dialog.save") : i18n.get("questionnaire.ui.template.new.submit");
    }

    @Override
    public void submit() {
        errors.clear();
        jobs.run(i18n.get("questionnaire.ui.job.saveTemplate"), this::save, id -> {
            done.set(true);
            onSaved.accept(id);
        }, e -> {
            if (e instanceof ValidationException v) {
                errors.show(v.problems().stream().map(p -> new Problem(FIELDS.getOrDefault(p.field(), p.field()),
                        p.messageKey(), p.args())).toList());
            } else {
                errors.showFailure(e);
            }
        });
    }

    /** On the store thread. */
    private UUID save() {
        if (editing.isPresent()) {
            return templates.updateTemplate(editing.get().withTitle(title.value(), description.value())).meta().id();
        }
        String k = key.get() == null ? "" : key.get().strip();
        // the service would quietly add a version to the template with this key: a new template must not
        if (!k.isEmpty() && templates.templates().stream().anyMatch(t -> t.key().equals(k))) {
            throw new ValidationException(List.of(Problem.of("key", "questionnaire.ui.template.keyTaken", k)));
        }
        Section first = new Section(null, sectionCode.get(), sectionTitle.value(), List.of());
        return templates.create(new TemplateDraft(k, title.value(), description.value(), List.of(first)))
                .templateId();
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public StringProperty keyProperty() {
        return key;
    }

    public LocalizedText titleText() {
        return title;
    }

    public LocalizedText description() {
        return description;
    }

    public StringProperty sectionCodeProperty() {
        return sectionCode;
    }

    public LocalizedText sectionTitle() {
        return sectionTitle;
    }

    public FormErrors errors() {
        return errors;
    }
}
