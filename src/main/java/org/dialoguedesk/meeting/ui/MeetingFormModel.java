package org.dialoguedesk.meeting.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.MeetingService;
import org.dialoguedesk.meeting.MeetingStatus;
import org.dialoguedesk.meeting.MeetingType;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.ui.FormCompletion;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;
import org.dialoguedesk.ui.LocalizedText;

/**
 * Creates a meeting or edits one. The checks (end before start, co-chairs partner states of the
 * dialogue on every day of the meeting, booths among the working languages...) are the service's:
 * its refusal is shown under the fields concerned and everything typed stays in the form.
 */
public final class MeetingFormModel implements FormModel {

    private final MeetingService service;
    private final JobRunner jobs;
    private final I18n i18n;
    private final Optional<Meeting> editing;
    private final Consumer<Meeting> onSaved;
    private final ObservableList<Dialogue> dialogues;
    private final ObservableList<Country> countries;
    private final ObjectProperty<Dialogue> dialogue = new SimpleObjectProperty<>(this, "dialogue");
    private final ObjectProperty<MeetingType> type = new SimpleObjectProperty<>(this, "type", MeetingType.THEMATIC);
    private final LocalizedText title;
    private final StringProperty thematicArea = new SimpleStringProperty(this, "thematicArea", "");
    private final ObjectProperty<Country> host = new SimpleObjectProperty<>(this, "host");
    private final LocalizedText city;
    private final LocalizedText venue;
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>(this, "start");
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>(this, "end");
    private final ObjectProperty<Country> firstCoChair = new SimpleObjectProperty<>(this, "firstCoChair");
    private final ObjectProperty<Country> secondCoChair = new SimpleObjectProperty<>(this, "secondCoChair");
    private final LanguageChecks workingLanguages;
    private final LanguageChecks booths;
    private final StringProperty capacity = new SimpleStringProperty(this, "capacity", "");
    private final ObjectProperty<MeetingStatus> status = new SimpleObjectProperty<>(this, "status",
            MeetingStatus.PLANNED);
    private final FormErrors errors;
    private final FormCompletion completion = new FormCompletion();

    /**
     * @param editing the meeting to edit, or empty for a new one (then of the dialogue given, if any)
     * @param newFor the dialogue a new meeting is proposed for (the one of the meeting shown)
     */
    public MeetingFormModel(MeetingService service, JobRunner jobs, I18n i18n, MeetingChoices choices,
                            Optional<Meeting> editing, Optional<Dialogue> newFor, Consumer<Meeting> onSaved) {
        this.service = service;
        this.jobs = jobs;
        this.i18n = i18n;
        this.editing = editing;
        this.onSaved = onSaved;
        this.dialogues = FXCollections.observableArrayList(choices.dialogues());
        this.countries = FXCollections.observableArrayList(choices.countries());
        this.countries.add(0, null);
        this.errors = new FormErrors(i18n, "dialogue", "type", "title", "hostCountry", "dates", "endDate",
                "coChairs", "workingLanguages", "booths", "capacity", "status");
        this.title = new LocalizedText(editing.map(Meeting::title).orElse(null));
        this.city = new LocalizedText(editing.map(Meeting::city).orElse(null));
        this.venue = new LocalizedText(editing.map(Meeting::venue).orElse(null));
        // a new meeting of the dialogues is interpreted between their three languages
        this.workingLanguages = new LanguageChecks(editing.map(Meeting::workingLanguages)
                .orElse(EnumSet.allOf(Lang.class)));
        this.booths = new LanguageChecks(editing.map(Meeting::booths).orElse(EnumSet.allOf(Lang.class)));
        dialogue.set(editing.flatMap(x -> choices.dialogue(x.dialogueId())).or(() -> newFor).orElse(null));
        editing.ifPresent(x -> {
            type.set(x.type());
            thematicArea.set(x.thematicArea());
            host.set(choices.country(x.hostCountry()).orElse(null));
            start.set(x.startDate());
            end.set(x.endDate());
            firstCoChair.set(x.coChairs().isEmpty() ? null : choices.country(x.coChairs().get(0)).orElse(null));
            secondCoChair.set(x.coChairs().size() < 2 ? null : choices.country(x.coChairs().get(1)).orElse(null));
            capacity.set(String.valueOf(x.capacity()));
            status.set(x.status());
        });
    }

    @Override
    public String title() {
        return editing.map(m -> i18n.get("meeting.edit.meeting.editTitle", i18n.text(m.title())))
                .orElseGet(() -> i18n.get("meeting.edit.meeting.newTitle"));
    }

    @Override
    public String submitLabel() {
        return i18n.get(editing.isPresent() ? "ui.dialog.save" : "meeting.edit.meeting.create");
    }

    /** The meeting as typed; a capacity that is not a whole number counts as none, which the service refuses. */
    Meeting typed() {
        List<String> coChairs = new ArrayList<>();
        for (Country c : new Country[] {firstCoChair.get(), secondCoChair.get()}) {
            if (c != null) {
                coChairs.add(c.code());
            }
        }
        // co-chairs beyond the two the form shows are kept as they were
        editing.ifPresent(m -> coChairs.addAll(m.coChairs().stream().skip(2).toList()));
        int seats;
        try {
            seats = Integer.parseInt(capacity.get() == null ? "" : capacity.get().strip());
        } catch (NumberFormatException e) {
            seats = 0;
        }
        return new Meeting(editing.map(Meeting::meta).orElse(null),
                dialogue.get() == null ? null : dialogue.get().meta().id(), type.get(), title.value(),
                thematicArea.get(), host.get() == null ? null : host.get().code(), city.value(), venue.value(),
                start.get(), end.get(), coChairs, workingLanguages.value(), booths.value(), seats, status.get(),
                editing.map(Meeting::sample).orElse(false));
    }

    @Override
    public void submit() {
        Meeting m = typed();
        completion.save(jobs, i18n.get("meeting.edit.job.saveMeeting"), errors,
                () -> editing.isPresent() ? service.updateMeeting(m) : service.createMeeting(m), onSaved);
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return completion.doneProperty();
    }

    public ObservableList<Dialogue> dialogues() {
        return dialogues;
    }

    /** The countries to choose from, the first being "none". */
    public ObservableList<Country> countries() {
        return countries;
    }

    public ObjectProperty<Dialogue> dialogueProperty() {
        return dialogue;
    }

    public ObjectProperty<MeetingType> typeProperty() {
        return type;
    }

    public LocalizedText meetingTitle() {
        return title;
    }

    public StringProperty thematicAreaProperty() {
        return thematicArea;
    }

    public ObjectProperty<Country> hostProperty() {
        return host;
    }

    public LocalizedText city() {
        return city;
    }

    public LocalizedText venue() {
        return venue;
    }

    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    public ObjectProperty<LocalDate> endProperty() {
        return end;
    }

    public ObjectProperty<Country> firstCoChairProperty() {
        return firstCoChair;
    }

    public ObjectProperty<Country> secondCoChairProperty() {
        return secondCoChair;
    }

    public LanguageChecks workingLanguages() {
        return workingLanguages;
    }

    public LanguageChecks booths() {
        return booths;
    }

    public StringProperty capacityProperty() {
        return capacity;
    }

    public ObjectProperty<MeetingStatus> statusProperty() {
        return status;
    }

    public FormErrors errors() {
        return errors;
    }
}
