package org.dialoguedesk.questionnaire.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dialoguedesk.questionnaire.Answer;
import org.dialoguedesk.questionnaire.AnswerService;
import org.dialoguedesk.questionnaire.Completeness;
import org.dialoguedesk.questionnaire.Question;
import org.dialoguedesk.questionnaire.ReviewState;
import org.dialoguedesk.questionnaire.Section;
import org.dialoguedesk.questionnaire.TemplateVersion;
import org.dialoguedesk.ui.DialogService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * The answers of one country of a round, question by question, and the secretariat's review of them:
 * accept an answer, flag it with a comment, type in or correct it (with its "national definition
 * differs" note), accept everything still pending, and accept the country as a whole.
 */
public final class AnswerReviewModel {

    private final AnswerService answers;
    private final JobRunner jobs;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Runnable onChanged;
    private final ObservableList<AnswerRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<AnswerRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper completeness = new ReadOnlyStringWrapper(this, "completeness", "");
    private UUID roundId;
    private String country;
    private String countryName = "";

    /** @param onChanged called after any change, so the board can refresh its figures */
    public AnswerReviewModel(AnswerService answers, JobRunner jobs, DialogService dialogs, I18n i18n,
                             Runnable onChanged) {
        this.answers = answers;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.onChanged = onChanged;
    }

    /** Shows the answers of this country of this round (nothing when either is null). */
    public void show(UUID round, String countryCode, String name) {
        roundId = round;
        country = countryCode;
        countryName = name == null ? "" : name;
        refresh();
    }

    public void refresh() {
        if (roundId == null || country == null) {
            rows.clear();
            heading.set("");
            completeness.set("");
            return;
        }
        UUID round = roundId;
        String code = country;
        String keep = selected.get() == null ? null : selected.get().code();
        jobs.run(i18n.get("questionnaire.ui.review.job.load"), () -> load(round, code), page -> {
            rows.setAll(page.rows());
            heading.set(i18n.get("questionnaire.ui.review.heading", countryName, code));
            Completeness c = page.completeness();
            completeness.set(i18n.get("questionnaire.ui.review.completeness", c.answered(), c.questions(),
                    c.requiredAnswered(), c.required(), c.accepted(), c.flagged()));
            rows.stream().filter(r -> r.code().equals(keep)).findFirst().ifPresent(selected::set);
        });
    }

    private record Page(List<AnswerRow> rows, Completeness completeness) {
    }

    private Page load(UUID round, String code) {
        TemplateVersion version = answers.version(round);
        List<Answer> list = answers.answers(round, code);
        Map<String, Answer> byCode = list.stream().collect(Collectors.toMap(Answer::questionCode,
                Function.identity()));
        List<AnswerRow> result = new ArrayList<>();
        String yes = i18n.get("questionnaire.form.yes");
        for (Section s : version.sections()) {
            for (Question q : s.questions()) {
                result.add(AnswerRow.of(i18n.text(s.title()), q, byCode.get(q.code()), i18n.lang(), yes));
            }
        }
        return new Page(result, AnswerService.completeness(version, list));
    }

    /** Accepts the selected answer. */
    public void accept() {
        AnswerRow row = selected.get();
        if (row == null || row.answer() == null) {
            return;
        }
        jobs.run(i18n.get("questionnaire.ui.review.job.review"), () -> answers.review(roundId, country, row.code(),
                ReviewState.ACCEPTED, ""), a -> changed(), e -> dialogs.showError(i18n.describe(e)));
    }

    /** Opens the form to flag the selected answer with a comment. */
    public void flag() {
        AnswerRow row = selected.get();
        if (row == null || row.answer() == null) {
            return;
        }
        dialogs.showForm(new FlagFormModel(answers, jobs, i18n, roundId, country, row, a -> changed()));
    }

    /** Opens the form to type in or correct the selected answer. */
    public void edit() {
        AnswerRow row = selected.get();
        if (row == null) {
            return;
        }
        dialogs.showForm(new AnswerFormModel(answers, jobs, i18n, roundId, country, countryName, row, a -> changed()));
    }

    public void acceptPending() {
        if (roundId == null) {
            return;
        }
        jobs.run(i18n.get("questionnaire.ui.review.job.review"), () -> answers.acceptPending(roundId, country),
                n -> changed(), e -> dialogs.showError(i18n.describe(e)));
    }

    /** Accepts the country as a whole; refused with the reason while answers are flagged or pending. */
    public void acceptCountry() {
        if (roundId == null) {
            return;
        }
        jobs.run(i18n.get("questionnaire.ui.review.job.review"), () -> answers.acceptCountry(roundId, country, ""),
                r -> changed(), e -> dialogs.showError(i18n.describe(e)));
    }

    private void changed() {
        refresh();
        onChanged.run();
    }

    public ObservableList<AnswerRow> rows() {
        return rows;
    }

    public ObjectProperty<AnswerRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty completenessProperty() {
        return completeness.getReadOnlyProperty();
    }
}
