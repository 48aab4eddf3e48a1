package org.dialoguedesk.questionnaire.ui;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.ValidationException;
import org.dialoguedesk.questionnaire.RoundCreation;
import org.dialoguedesk.questionnaire.RoundDraft;
import org.dialoguedesk.questionnaire.RoundService;
import org.dialoguedesk.questionnaire.TemplateVersion;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.ui.FormCompletion;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * New round…: dialogue, template version, title, deadline, and the countries it goes to. Choosing a
 * dialogue ticks its partner states of today, each shown with its national focal point; the officer
 * unticks those it should not go to. Opening the round freezes the chosen version.
 */
public final class RoundFormModel implements FormModel {

    /** What the form offers, read on the store thread before it opens. */
    record Choices(List<Dialogue> dialogues, List<VersionChoice> versions, RoundNames names) {
    }

    /** A template version with its label ("Irregular migration, version 2 (draft: …)"). */
    public record VersionChoice(TemplateVersion version, String label) {
    }

    /** A country in the recipients checklist: ticked to receive the questionnaire. */
    public static final class RecipientChoice {

        private final String countryCode;
        private final String label;
        private final BooleanProperty ticked = new SimpleBooleanProperty(this, "ticked", true);

        RecipientChoice(String countryCode, String label) {
            this.countryCode = countryCode;
            this.label = label;
        }

        public String countryCode() {
            return countryCode;
        }

        /** "Morocco — Karim Lahlou", or the country with "no focal point in the roster". */
        public String label() {
            return label;
        }

        public BooleanProperty tickedProperty() {
            return ticked;
        }
    }

    private final RoundService rounds;
    private final JobRunner jobs;
    private final I18n i18n;
    private final RoundNames names;
    private final Consumer<RoundCreation> onSaved;
    private final ObservableList<Dialogue> dialogues;
    private final ObservableList<VersionChoice> versions;
    private final ObjectProperty<Dialogue> dialogue = new SimpleObjectProperty<>(this, "dialogue");
    private final ObjectProperty<VersionChoice> version = new SimpleObjectProperty<>(this, "version");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>(this, "deadline");
    private final ObservableList<RecipientChoice> recipients = FXCollections.observableArrayList(
            r -> new Observable[] {r.tickedProperty()});
    private final FormErrors errors;
    private final FormCompletion completion = new FormCompletion();

    RoundFormModel(RoundService rounds, JobRunner jobs, I18n i18n, Choices choices, Consumer<RoundCreation> onSaved) {
        this.rounds = rounds;
        this.jobs = jobs;
        this.i18n = i18n;
        this.names = choices.names();
        this.onSaved = onSaved;
        this.dialogues = FXCollections.observableArrayList(choices.dialogues());
        this.versions = FXCollections.observableArrayList(choices.versions());
        this.errors = new FormErrors(i18n, "dialogue", "templateVersion", "title", "deadline", "recipients");
        version.set(versions.isEmpty() ? null : versions.get(0));
        dialogue.subscribe(this::proposeRecipients);
    }

    /** The dialogue's partner states of today, all ticked; none without a dialogue. */
    private void proposeRecipients(Dialogue d) {
        recipients.clear();
        if (d == null) {
            return;
        }
        UUID id = d.meta().id();
        jobs.run(i18n.get("questionnaire.rounds.job.proposeRecipients", i18n.text(d.acronym())),
                () -> rounds.proposedRecipients(id).stream().map(p -> new RecipientChoice(p.countryCode(),
                        p.focalPointId() == null
                                ? i18n.get("questionnaire.rounds.new.recipient.noFocalPoint", names.country(p.countryCode()))
                                : i18n.get("questionnaire.rounds.new.recipient.label", names.country(p.countryCode()),
                                        names.person(p.focalPointId()))))
                        .sorted(Comparator.comparing(RecipientChoice::label, names.collator())).toList(),
                list -> {
                    if (dialogue.get() != null && dialogue.get().meta().id().equals(id)) {
                        recipients.setAll(list);
                    }
                });
    }

    @Override
    public String title() {
        return i18n.get("questionnaire.rounds.new.title");
    }

    @Override
    public String submitLabel() {
        return i18n.get("questionnaire.rounds.new.submit");
    }

    /** Opens the round with the ticked countries; problems go under their fields. */
    @Override
    public void submit() {
        Dialogue d = dialogue.get();
        VersionChoice v = version.get();
        RoundDraft draft = new RoundDraft(d == null ? null : d.meta().id(), v == null ? null : v.version().meta().id(),
                title.get(), deadline.get(), null, recipients.stream().filter(r -> r.tickedProperty().get())
                .map(RecipientChoice::countryCode).toList());
        completion.save(jobs, i18n.get("questionnaire.rounds.job.createRound", title.get().strip()), errors, () -> {
            try {
                return rounds.createRound(draft);
            } catch (ValidationException e) {
                throw new ValidationException(e.problems().stream().map(RoundFormModel::underListedField).toList());
            }
        }, onSaved);
    }

    /** A problem with one country of the list ("recipients[3]") shows under the whole list. */
    private static Problem underListedField(Problem p) {
        return p.field().startsWith("recipients[") ? new Problem("recipients", p.messageKey(), p.args()) : p;
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return completion.doneProperty();
    }

    /** "12 of 13 countries ticked". */
    public StringBinding tickedSummary() {
        return Bindings.createStringBinding(() -> i18n.get("questionnaire.rounds.new.recipients.ticked",
                recipients.stream().filter(r -> r.tickedProperty().get()).count(), recipients.size()), recipients);
    }

    public void tickAll(boolean ticked) {
        recipients.forEach(r -> r.tickedProperty().set(ticked));
    }

    public ObservableList<Dialogue> dialogues() {
        return dialogues;
    }

    public ObservableList<VersionChoice> versions() {
        return versions;
    }

    public ObjectProperty<Dialogue> dialogueProperty() {
        return dialogue;
    }

    public ObjectProperty<VersionChoice> versionProperty() {
        return version;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<LocalDate> deadlineProperty() {
        return deadline;
    }

    public ObservableList<RecipientChoice> recipients() {
        return recipients;
    }

    public FormErrors errors() {
        return errors;
    }
}
