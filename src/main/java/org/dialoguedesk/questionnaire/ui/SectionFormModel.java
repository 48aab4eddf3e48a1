package org.dialoguedesk.questionnaire.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dialoguedesk.questionnaire.QuestionnaireTemplateService;
import org.dialoguedesk.questionnaire.Section;
import org.dialoguedesk.questionnaire.TemplateVersion;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;
import org.dialoguedesk.ui.LocalizedText;

/** Adds a section to a draft version (at a given place) or changes a section's code and title. */
public final class SectionFormModel implements FormModel {

    private final QuestionnaireTemplateService templates;
    private final JobRunner jobs;
    private final I18n i18n;
    private final TemplateVersion version;
    private final int index;
    private final Optional<Section> editing;
    private final Consumer<SavedDraft> onSaved;
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final LocalizedText title;
    private final FormErrors errors;
    private final DraftFormSave save = new DraftFormSave();

    /**
     * @param index the section's index (editing) or the index the new section will have
     * @param editing the section to edit, or empty to add one
     */
    public SectionFormModel(QuestionnaireTemplateService templates, JobRunner jobs, I18n i18n, TemplateVersion version,
                            int index, Optional<Section> editing, Consumer<SavedDraft> onSaved) {
        this.templates = templates;
        this.jobs = jobs;
        this.i18n = i18n;
        this.version = version;
        this.index = index;
        this.editing = editing;
        this.onSaved = onSaved;
        this.errors = new FormErrors(i18n, "code", "title");
        this.title = new LocalizedText(editing.map(Section::title).orElse(null));
        editing.ifPresent(s -> code.set(s.code()));
    }

    @Override
    public String title() {
        return editing.map(s -> i18n.get("questionnaire.ui.section.edit.title", s.code()))
                .orElseGet(() -> i18n.get("questionnaire.ui.section.add.title"));
    }

    @Override
    public String submitLabel() {
        return editing.isPresent() ? i18n.get("ui.dialog.save") : i18n.get("questionnaire.ui.question.add.submit");
    }

    @Override
    public void submit() {
        Section section = new Section(null, code.get(), title.value(), List.of());
        List<Section> sections = editing.isPresent()
                ? DraftOutline.replaceSection(version.sections(), index, section)
                : DraftOutline.insertSection(version.sections(), index, section);
        OutlinePosition at = OutlinePosition.ofSection(index);
        save.save(jobs, i18n.get("questionnaire.ui.job.saveDraft", String.valueOf(version.number())), errors, at, section.code(),
                () -> new SavedDraft(templates.saveDraft(version.withSections(sections)), at), onSaved);
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return save.doneProperty();
    }

    public StringProperty codeProperty() {
        return code;
    }

    public LocalizedText titleText() {
        return title;
    }

    public FormErrors errors() {
        return errors;
    }
}
