package org.dialoguedesk.questionnaire.ui;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.questionnaire.Question;
import org.dialoguedesk.questionnaire.QuestionnaireTemplateService;
import org.dialoguedesk.questionnaire.Section;
import org.dialoguedesk.questionnaire.Template;
import org.dialoguedesk.questionnaire.TemplateVersion;
import org.dialoguedesk.questionnaire.XlsFormTransfer;
import org.dialoguedesk.ui.DialogService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * The questionnaire templates screen: the templates, the versions of the chosen one, and the
 * outline of the chosen version, edited in place while it is a DRAFT. A FROZEN version is only
 * read; {@link #onNewVersion()} copies it into the next draft. The preview language is the
 * window's until the officer picks another.
 */
public final class TemplatesViewModel {

    private final QuestionnaireTemplateService templates;
    private final JobRunner jobs;
    private final DialogService dialogs;
    private final I18n i18n;
    private final TemplateTransfer transfer;
    private final DraftCommands draft;
    private final ObservableList<Template> templateList = FXCollections.observableArrayList();
    private final ObjectProperty<Template> selectedTemplate = new SimpleObjectProperty<>(this, "selectedTemplate");
    private final ObservableList<TemplateVersion> versions = FXCollections.observableArrayList();
    private final ObjectProperty<TemplateVersion> selectedVersion = new SimpleObjectProperty<>(this, "selectedVersion");
    private final ObservableList<OutlineRow> outline = FXCollections.observableArrayList();
    private final ObjectProperty<OutlinePosition> selectedPosition = new SimpleObjectProperty<>(this, "selectedPosition");
    private final ObjectProperty<Lang> previewLanguage = new SimpleObjectProperty<>(this, "previewLanguage");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final BooleanBinding editable;
    private final BooleanBinding frozen;
    private UUID wantedVersion;
    private Subscription subscriptions = Subscription.EMPTY;

    public TemplatesViewModel(QuestionnaireTemplateService templates, XlsFormTransfer xlsForms, JobRunner jobs,
                              DialogService dialogs, I18n i18n) {
        this.templates = templates;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.transfer = new TemplateTransfer(templates, xlsForms, jobs, dialogs, i18n);
        this.draft = new DraftCommands(templates, jobs, dialogs, i18n, this::showSaved);
        previewLanguage.set(i18n.lang());
        editable = Bindings.createBooleanBinding(() -> selectedVersion.get() != null
                && !selectedVersion.get().isFrozen(), selectedVersion);
        frozen = Bindings.createBooleanBinding(() -> selectedVersion.get() != null
                && selectedVersion.get().isFrozen(), selectedVersion);
    }

    /** Screen shown: follow the choices and read the templates, keeping the chosen template and version. */
    public void activate() {
        subscriptions = Subscription.combine(
                selectedTemplate.subscribe((old, now) -> templateChosen(now)),
                selectedVersion.subscribe((old, now) -> versionChosen(old, now)));
        loadTemplates(Optional.ofNullable(selectedTemplate.get()).map(t -> t.meta().id()).orElse(null),
                Optional.ofNullable(selectedVersion.get()).map(v -> v.meta().id()).orElse(null));
    }

    public void deactivate() {
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
    }

    /** Reads the templates (by title in the window's language) and chooses that template and version, or the first. */
    private void loadTemplates(UUID templateId, UUID versionId) {
        jobs.run(i18n.get("questionnaire.ui.job.loadTemplates"), () -> {
            Collator collator = Collator.getInstance(i18n.lang().locale());
            List<Template> sorted = new ArrayList<>(templates.templates());
            sorted.sort(Comparator.comparing((Template t) -> i18n.text(t.title()), collator));
            return sorted;
        }, list -> {
            templateList.setAll(list);
            Template again = list.stream().filter(t -> t.meta().id().equals(templateId)).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0));
            wantedVersion = versionId;
            if (Objects.equals(again, selectedTemplate.get())) {
                templateChosen(again);
            } else {
                selectedTemplate.set(again);
            }
        });
    }

    private void templateChosen(Template template) {
        UUID wanted = wantedVersion;
        wantedVersion = null;
        if (template == null) {
            versions.clear();
            selectedVersion.set(null);
            return;
        }
        jobs.run(i18n.get("questionnaire.ui.job.loadVersions", i18n.text(template.title())),
                () -> templates.versions(template.meta().id()), list -> {
                    if (!Objects.equals(template, selectedTemplate.get())) {
                        return;
                    }
                    versions.setAll(list);
                    TemplateVersion pick = list.stream().filter(v -> v.meta().id().equals(wanted)).findFirst()
                            .orElse(list.isEmpty() ? null : list.get(list.size() - 1));
                    if (Objects.equals(pick, selectedVersion.get())) {
                        versionChosen(pick, pick);
                    } else {
                        selectedVersion.set(pick);
                    }
                });
    }

    /** Shows the version's outline; the chosen place stays only while the same version is shown. */
    private void versionChosen(TemplateVersion old, TemplateVersion now) {
        boolean same = old != null && now != null && old.meta().id().equals(now.meta().id());
        OutlinePosition keep = same ? selectedPosition.get() : null;
        outline.setAll(now == null ? List.of() : rows(now));
        selectedPosition.set(keep != null && outline.stream().anyMatch(r -> r.position().equals(keep)) ? keep : null);
    }

    private List<OutlineRow> rows(TemplateVersion version) {
        List<OutlineRow> rows = new ArrayList<>();
        for (int s = 0; s < version.sections().size(); s++) {
            Section section = version.sections().get(s);
            OutlinePosition at = OutlinePosition.ofSection(s);
            rows.add(new OutlineRow(at, at.number() + ". " + i18n.text(section.title()),
                    i18n.get("questionnaire.ui.outline.sectionDetail", section.code(),
                    String.valueOf(section.questions().size()))));
            for (int q = 0; q < section.questions().size(); q++) {
                Question question = section.questions().get(q);
                OutlinePosition qAt = new OutlinePosition(s, q);
                rows.add(new OutlineRow(qAt, qAt.number() + " " + i18n.text(question.label())
                        + (question.required() ? " *" : ""), i18n.get("questionnaire.ui.outline.questionDetail",
                        question.code(), i18n.name(question.type()))));
            }
        }
        return rows;
    }

    /** A draft the service saved: it replaces the shown copy, with the edited place chosen. */
    private void showSaved(SavedDraft saved) {
        TemplateVersion v = saved.version();
        versions.replaceAll(old -> old.meta().id().equals(v.meta().id()) ? v : old);
        selectedVersion.set(v);
        selectedPosition.set(saved.select());
        notice.set(i18n.get("questionnaire.ui.saved", String.valueOf(v.number())));
    }

    /** Copies the shown version (frozen or not) into the template's next DRAFT version, and shows that one. */
    public void onNewVersion() {
        TemplateVersion source = selectedVersion.get();
        Template template = selectedTemplate.get();
        if (source == null || template == null) {
            return;
        }
        jobs.run(i18n.get("questionnaire.ui.job.newVersion"), () -> templates.newVersionFrom(source.meta().id()),
                created -> {
                    notice.set(i18n.get("questionnaire.ui.version.copied",
                            String.valueOf(created.number()), String.valueOf(source.number())));
                    loadTemplates(template.meta().id(), created.meta().id());
                }, e -> dialogs.showError(i18n.describe(e)));
    }

    public void onAddSection() {
        ifEditable(v -> draft.addSection(v, selectedPosition.get()));
    }

    public void onAddQuestion() {
        ifEditable(v -> draft.addQuestion(v, selectedPosition.get()));
    }

    public void onEdit() {
        if (selectedPosition.get() != null) {
            ifEditable(v -> draft.edit(v, selectedPosition.get()));
        }
    }

    public void onDelete() {
        if (selectedPosition.get() != null) {
            ifEditable(v -> draft.delete(v, selectedPosition.get()));
        }
    }

    public void onMoveUp() {
        ifEditable(v -> draft.move(v, selectedPosition.get(), -1));
    }

    public void onMoveDown() {
        ifEditable(v -> draft.move(v, selectedPosition.get(), 1));
    }

    private void ifEditable(java.util.function.Consumer<TemplateVersion> edit) {
        if (editable.get()) {
            notice.set("");
            edit.accept(selectedVersion.get());
        }
    }

    public void onNewTemplate() {
        dialogs.showForm(new TemplateFormModel(templates, jobs, i18n, Optional.empty(), id -> {
            notice.set("");
            loadTemplates(id, null);
        }));
    }

    public void onEditTemplate() {
        Template t = selectedTemplate.get();
        if (t != null) {
            UUID version = Optional.ofNullable(selectedVersion.get()).map(v -> v.meta().id()).orElse(null);
            dialogs.showForm(new TemplateFormModel(templates, jobs, i18n, Optional.of(t),
                    id -> loadTemplates(id, version)));
        }
    }

    public void onImport() {
        transfer.chooseAndImport(version -> {
            notice.set(i18n.get("questionnaire.ui.import.done", String.valueOf(version.number())));
            loadTemplates(version.templateId(), version.meta().id());
        });
    }

    public void onExport() {
        Template t = selectedTemplate.get();
        TemplateVersion v = selectedVersion.get();
        if (t != null && v != null) {
            transfer.chooseAndExport(t, v, notice::set);
        }
    }

    public BooleanBinding canMove(int delta) {
        return Bindings.createBooleanBinding(() -> editable.get() && selectedVersion.get() != null
                && DraftOutline.canMove(selectedVersion.get().sections(), selectedPosition.get(), delta),
                editable, selectedVersion, selectedPosition);
    }

    public ObservableList<Template> templates() {
        return templateList;
    }

    public ObjectProperty<Template> selectedTemplateProperty() {
        return selectedTemplate;
    }

    public ObservableList<TemplateVersion> versions() {
        return versions;
    }

    public ObjectProperty<TemplateVersion> selectedVersionProperty() {
        return selectedVersion;
    }

    public ObservableList<OutlineRow> outline() {
        return outline;
    }

    public ObjectProperty<OutlinePosition> selectedPositionProperty() {
        return selectedPosition;
    }

    public ObjectProperty<Lang> previewLanguageProperty() {
        return previewLanguage;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** True while a DRAFT version is shown: the outline can be edited. */
    public BooleanBinding editableProperty() {
        return editable;
    }

    /** True while a FROZEN version is shown: only a new version from it can change anything. */
    public BooleanBinding frozenProperty() {
        return frozen;
    }
}
