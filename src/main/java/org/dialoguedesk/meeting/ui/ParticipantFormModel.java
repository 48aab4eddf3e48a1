package org.dialoguedesk.meeting.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.meeting.Gender;
import org.dialoguedesk.meeting.Logistics;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.MeetingService;
import org.dialoguedesk.meeting.Participant;
import org.dialoguedesk.meeting.ParticipantCategory;
import org.dialoguedesk.meeting.ParticipantRole;
import org.dialoguedesk.meeting.ParticipantSaved;
import org.dialoguedesk.meeting.ParticipantStatus;
import org.dialoguedesk.meeting.ui.MeetingChoices.DelegationChoice;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.ui.FormCompletion;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * Adds a participant to a meeting or edits one, with the logistics. The service refuses the same
 * person twice (the refusal names who is already there); a booking into another meeting on
 * overlapping days does not stop the save and comes back with the saved participant as a warning.
 */
public final class ParticipantFormModel implements FormModel {

    private final MeetingService service;
    private final JobRunner jobs;
    private final I18n i18n;
    private final Meeting meeting;
    private final Optional<Participant> editing;
    private final Consumer<ParticipantSaved> onSaved;
    private final ObservableList<DelegationChoice> delegations;
    private final ObservableList<Country> countries;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty nameAr = new SimpleStringProperty(this, "nameAr", "");
    private final ObjectProperty<Gender> gender = new SimpleObjectProperty<>(this, "gender");
    private final ObjectProperty<DelegationChoice> delegation = new SimpleObjectProperty<>(this, "delegation");
    private final ObjectProperty<ParticipantCategory> category = new SimpleObjectProperty<>(this, "category",
            ParticipantCategory.PARTNER_STATE);
    private final ObjectProperty<ParticipantRole> role = new SimpleObjectProperty<>(this, "role",
            ParticipantRole.DELEGATE);
    private final ObjectProperty<ParticipantStatus> status = new SimpleObjectProperty<>(this, "status",
            ParticipantStatus.INVITED);
    private final ObjectProperty<Lang> language = new SimpleObjectProperty<>(this, "language");
    private final BooleanProperty consent = new SimpleBooleanProperty(this, "consent");
    private final LogisticsFields logistics;
    private final FormErrors errors;
    private final FormCompletion completion = new FormCompletion();

    /** @param editing the participant to edit, or empty for a new one */
    public ParticipantFormModel(MeetingService service, JobRunner jobs, I18n i18n, Meeting meeting,
                                MeetingChoices choices, Optional<Participant> editing,
                                Consumer<ParticipantSaved> onSaved) {
        this.service = service;
        this.jobs = jobs;
        this.i18n = i18n;
        this.meeting = meeting;
        this.editing = editing;
        this.onSaved = onSaved;
        this.delegations = FXCollections.observableArrayList(choices.delegations());
        this.countries = FXCollections.observableArrayList(choices.countries());
        this.countries.add(0, null);
        this.errors = new FormErrors(i18n, "name", "gender", "delegation", "category", "role", "status", "language",
                "arrival", "departure", "hotel", "visa");
        this.logistics = new LogisticsFields(editing.map(Participant::logistics).orElse(Logistics.NONE), choices);
        language.set(meeting.workingLanguages().stream().findFirst().orElse(Lang.EN));
        editing.ifPresent(p -> {
            name.set(p.name());
            nameAr.set(p.nameAr());
            gender.set(p.gender());
            delegation.set(choices.delegation(p.delegation()).orElse(null));
            category.set(p.category());
            role.set(p.role());
            status.set(p.status());
            language.set(p.language());
            consent.set(p.consentToList());
        });
    }

    @Override
    public String title() {
        return editing.map(p -> i18n.get("meeting.edit.participant.editTitle", p.name()))
                .orElseGet(() -> i18n.get("meeting.edit.participant.newTitle", i18n.text(meeting.title())));
    }

    @Override
    public String submitLabel() {
        return i18n.get(editing.isPresent() ? "ui.dialog.save" : "meeting.edit.participant.add");
    }

    @Override
    public void submit() {
        List<Problem> problems = new ArrayList<>();
        Logistics typed = logistics.typed(problems);
        if (!problems.isEmpty()) {
            errors.show(problems);
            return;
        }
        Optional<Participant> p = editing;
        Participant participant = new Participant(p.map(Participant::meta).orElse(null), meeting.id(),
                p.map(Participant::contactId).orElse(null), name.get(), nameAr.get(), gender.get(),
                delegation.get() == null ? null : delegation.get().delegation(), category.get(), role.get(),
                status.get(), language.get(), consent.get(), p.map(Participant::sample).orElse(false), typed);
        completion.save(jobs, i18n.get("meeting.ui.job.saveParticipant"), errors,
                () -> service.saveParticipant(participant), onSaved);
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return completion.doneProperty();
    }

    public ObservableList<DelegationChoice> delegations() {
        return delegations;
    }

    /** The countries a passport may be of, the first being none. */
    public ObservableList<Country> countries() {
        return countries;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty nameArProperty() {
        return nameAr;
    }

    public ObjectProperty<Gender> genderProperty() {
        return gender;
    }

    public ObjectProperty<DelegationChoice> delegationProperty() {
        return delegation;
    }

    public ObjectProperty<ParticipantCategory> categoryProperty() {
        return category;
    }

    public ObjectProperty<ParticipantRole> roleProperty() {
        return role;
    }

    public ObjectProperty<ParticipantStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<Lang> languageProperty() {
        return language;
    }

    public BooleanProperty consentProperty() {
        return consent;
    }

    public LogisticsFields logistics() {
        return logistics;
    }

    public FormErrors errors() {
        return errors;
    }
}
