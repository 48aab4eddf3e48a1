package org.dialoguedesk.questionnaire.ui;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dialoguedesk.questionnaire.Answer;
import org.dialoguedesk.questionnaire.AnswerService;
import org.dialoguedesk.questionnaire.ReviewState;
import org.dialoguedesk.ui.FormCompletion;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/** Flags one answer with a comment saying what is wrong with it. */
public final class FlagFormModel implements FormModel {

    private final AnswerService answers;
    private final JobRunner jobs;
    private final I18n i18n;
    private final UUID roundId;
    private final String country;
    private final AnswerRow row;
    private final Consumer<Answer> onSaved;
    private final StringProperty comment = new SimpleStringProperty(this, "comment", "");
    private final FormErrors errors;
    private final FormCompletion completion = new FormCompletion();

    public FlagFormModel(AnswerService answers, JobRunner jobs, I18n i18n, UUID roundId, String country,
                         AnswerRow row, Consumer<Answer> onSaved) {
        this.answers = answers;
        this.jobs = jobs;
        this.i18n = i18n;
        this.roundId = roundId;
        this.country = country;
        this.row = row;
        this.onSaved = onSaved;
        this.errors = new FormErrors(i18n, "comment");
        comment.set(row.comment());
    }

    @Override
    public String title() {
        return i18n.get("questionnaire.ui.flag.title", row.code());
    }

    @Override
    public String submitLabel() {
        return i18n.get("questionnaire.ui.flag.submit");
    }

    @Override
    public void submit() {
        completion.save(jobs, i18n.get("questionnaire.ui.review.job.review"), errors,
                () -> answers.review(roundId, country, row.code(), ReviewState.FLAGGED, comment.get()), onSaved);
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return completion.doneProperty();
    }

    public AnswerRow row() {
        return row;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public FormErrors errors() {
        return errors;
    }
}
