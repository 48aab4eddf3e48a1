package org.dialoguedesk.questionnaire.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.questionnaire.Recipient;
import org.dialoguedesk.questionnaire.Round;
import org.dialoguedesk.questionnaire.RoundService;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.ui.FormCompletion;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * Adds a country to a round to which nothing is sent yet; it gets the national focal point the
 * roster gives for it today.
 */
public final class RoundRecipientFormModel implements FormModel {

    private final RoundService rounds;
    private final JobRunner jobs;
    private final I18n i18n;
    private final Round round;
    private final Consumer<Recipient> onSaved;
    private final ObservableList<Country> countries;
    private final ObjectProperty<Country> country = new SimpleObjectProperty<>(this, "country");
    private final FormErrors errors;
    private final FormCompletion completion = new FormCompletion();

    RoundRecipientFormModel(RoundService rounds, JobRunner jobs, I18n i18n, Round round, List<Country> countries,
                            Consumer<Recipient> onSaved) {
        this.rounds = rounds;
        this.jobs = jobs;
        this.i18n = i18n;
        this.round = round;
        this.onSaved = onSaved;
        this.countries = FXCollections.observableArrayList(countries);
        this.errors = new FormErrors(i18n, "country");
    }

    @Override
    public String title() {
        return i18n.get("questionnaire.rounds.recipient.add.title", round.title());
    }

    @Override
    public String submitLabel() {
        return i18n.get("questionnaire.rounds.recipient.add.submit");
    }

    @Override
    public void submit() {
        Country c = country.get();
        if (c == null) {
            errors.show(List.of(Problem.of("country", "questionnaire.rounds.recipient.problem.countryRequired")));
            return;
        }
        completion.save(jobs, i18n.get("questionnaire.rounds.job.addRecipient", i18n.text(c.name())), errors,
                () -> rounds.addRecipient(round.id(), c.code()), onSaved);
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return completion.doneProperty();
    }

    public ObservableList<Country> countries() {
        return countries;
    }

    public ObjectProperty<Country> countryProperty() {
        return country;
    }

    public FormErrors errors() {
        return errors;
    }
}
