package org.dialoguedesk.questionnaire.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dialoguedesk.questionnaire.Question;
import org.dialoguedesk.questionnaire.QuestionnaireTemplateService;
import org.dialoguedesk.questionnaire.Section;
import org.dialoguedesk.questionnaire.TemplateVersion;
import org.dialoguedesk.ui.DialogService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * The edits of a DRAFT version from its outline: add, edit, delete and move sections and questions.
 * Each one saves the whole draft through the template service at once (which refuses a frozen
 * version and a stale copy), so what the outline shows is always what is stored.
 */
final class DraftCommands {

    private final QuestionnaireTemplateService templates;
    private final JobRunner jobs;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Consumer<SavedDraft> onSaved;

    /** @param onSaved called on the FX thread with every saved draft */
    DraftCommands(QuestionnaireTemplateService templates, JobRunner jobs, DialogService dialogs, I18n i18n,
                  Consumer<SavedDraft> onSaved) {
        this.templates = templates;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.onSaved = onSaved;
    }

    /** A new section after the chosen one's section, or at the end. */
    void addSection(TemplateVersion draft, OutlinePosition chosen) {
        int index = chosen == null ? draft.sections().size() : chosen.section() + 1;
        dialogs.showForm(new SectionFormModel(templates, jobs, i18n, draft, index, Optional.empty(), onSaved));
    }

    /** A new question after the chosen question, at the end of the chosen section, or of the last section. */
    void addQuestion(TemplateVersion draft, OutlinePosition chosen) {
        int section = chosen == null ? draft.sections().size() - 1 : chosen.section();
        if (section < 0) {
            return;
        }
        int index = chosen == null || chosen.isSection() ? draft.sections().get(section).questions().size()
                : chosen.question() + 1;
        dialogs.showForm(new QuestionFormModel(templates, jobs, i18n, draft, new OutlinePosition(section, index),
                Optional.empty(), onSaved));
    }

    void edit(TemplateVersion draft, OutlinePosition chosen) {
        Section section = draft.sections().get(chosen.section());
        if (chosen.isSection()) {
            dialogs.showForm(new SectionFormModel(templates, jobs, i18n, draft, chosen.section(),
                    Optional.of(section), onSaved));
        } else {
            dialogs.showForm(new QuestionFormModel(templates, jobs, i18n, draft, chosen,
                    Optional.of(section.questions().get(chosen.question())), onSaved));
        }
    }

    /** Deletes after the officer confirms; the neighbour that takes its place is chosen afterwards. */
    void delete(TemplateVersion draft, OutlinePosition chosen) {
        Section section = draft.sections().get(chosen.section());
        boolean confirmed;
        List<Section> sections;
        OutlinePosition next;
        if (chosen.isSection()) {
            confirmed = dialogs.confirm(i18n.get("questionnaire.ui.delete.section.title"),
                    i18n.get("questionnaire.ui.delete.section.confirm", section.code(), i18n.text(section.title()),
                            String.valueOf(section.questions().size())));
            sections = DraftOutline.removeSection(draft.sections(), chosen.section());
            next = sections.isEmpty() ? null : OutlinePosition.ofSection(Math.min(chosen.section(), sections.size() - 1));
        } else {
            Question question = section.questions().get(chosen.question());
            confirmed = dialogs.confirm(i18n.get("questionnaire.ui.delete.question.title"),
                    i18n.get("questionnaire.ui.delete.question.confirm", question.code(), i18n.text(question.label())));
            sections = DraftOutline.removeQuestion(draft.sections(), chosen);
            int left = sections.get(chosen.section()).questions().size();
            next = left == 0 ? OutlinePosition.ofSection(chosen.section())
                    : new OutlinePosition(chosen.section(), Math.min(chosen.question(), left - 1));
        }
        if (confirmed) {
            save(draft, () -> sections, next);
        }
    }

    /** Moves the chosen section or question one place up (-1) or down (+1) within its list. */
    void move(TemplateVersion draft, OutlinePosition chosen, int delta) {
        if (DraftOutline.canMove(draft.sections(), chosen, delta)) {
            save(draft, () -> DraftOutline.move(draft.sections(), chosen, delta), DraftOutline.moved(chosen, delta));
        }
    }

    private void save(TemplateVersion draft, Supplier<List<Section>> sections, OutlinePosition select) {
        TemplateVersion edited = draft.withSections(sections.get());
        jobs.run(i18n.get("questionnaire.ui.job.saveDraft", String.valueOf(draft.number())),
                () -> new SavedDraft(templates.saveDraft(edited), select), onSaved,
                e -> dialogs.showError(i18n.describe(e)));
    }
}
