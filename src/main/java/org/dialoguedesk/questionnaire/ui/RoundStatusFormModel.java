package org.dialoguedesk.questionnaire.ui;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dialoguedesk.questionnaire.Recipient;
import org.dialoguedesk.questionnaire.RecipientStatus;
import org.dialoguedesk.questionnaire.Round;
import org.dialoguedesk.questionnaire.RoundService;
import org.dialoguedesk.ui.FormCompletion;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * Records a recipient's new status: only the statuses its current one may move to are offered, dated
 * today unless the officer says otherwise, with an optional note.
 */
public final class RoundStatusFormModel implements FormModel {

    private final RoundService rounds;
    private final JobRunner jobs;
    private final I18n i18n;
    private final Round round;
    private final RoundRecipientRow recipient;
    private final Consumer<Recipient> onSaved;
    private final ObservableList<RecipientStatus> choices;
    private final ObjectProperty<RecipientStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final FormErrors errors;
    private final FormCompletion completion = new FormCompletion();

    RoundStatusFormModel(RoundService rounds, JobRunner jobs, I18n i18n, Round round, RoundRecipientRow recipient,
                         LocalDate today, Consumer<Recipient> onSaved) {
        this.rounds = rounds;
        this.jobs = jobs;
        this.i18n = i18n;
        this.round = round;
        this.recipient = recipient;
        this.onSaved = onSaved;
        // in the order of the exercise, so the usual next step comes first
        this.choices = FXCollections.observableArrayList(recipient.status().next().stream().sorted().toList());
        this.errors = new FormErrors(i18n, "status", "date");
        status.set(choices.isEmpty() ? null : choices.get(0));
        date.set(today);
    }

    @Override
    public String title() {
        return i18n.get("questionnaire.rounds.status.title", recipient.country(), round.title());
    }

    @Override
    public String submitLabel() {
        return i18n.get("questionnaire.rounds.status.submit");
    }

    @Override
    public void submit() {
        completion.save(jobs, i18n.get("questionnaire.rounds.job.changeStatus", recipient.country()), errors,
                () -> rounds.changeStatus(round.id(), recipient.countryCode(), status.get(), date.get(), note.get()),
                onSaved);
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return completion.doneProperty();
    }

    /** "Now: Reminded, since 3 Mar 2025". */
    public String current() {
        return i18n.get("questionnaire.rounds.status.current", i18n.name(recipient.status()),
                i18n.date(recipient.since()));
    }

    public ObservableList<RecipientStatus> choices() {
        return choices;
    }

    public ObjectProperty<RecipientStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public FormErrors errors() {
        return errors;
    }
}
