package org.dialoguedesk.meeting.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.dialoguedesk.meeting.AgendaSession;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.MeetingService;
import org.dialoguedesk.meeting.SessionKind;
import org.dialoguedesk.ui.FormCompletion;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;
import org.dialoguedesk.ui.LocalizedText;

/**
 * Adds a session to a meeting's agenda or edits one: its day (one of the meeting's), times, kind,
 * titles, chair, speakers (one per line), language and whether it is interpreted. Times that are
 * not times are refused here; the rest (end after start, title) by the service.
 */
public final class SessionFormModel implements FormModel {

    private final MeetingService service;
    private final JobRunner jobs;
    private final I18n i18n;
    private final Meeting meeting;
    private final Optional<AgendaSession> editing;
    private final int ordinal;
    private final Consumer<AgendaSession> onSaved;
    private final ObservableList<LocalDate> days = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final StringProperty start = new SimpleStringProperty(this, "start", "");
    private final StringProperty end = new SimpleStringProperty(this, "end", "");
    private final ObjectProperty<SessionKind> kind = new SimpleObjectProperty<>(this, "kind", SessionKind.PLENARY);
    private final LocalizedText title;
    private final StringProperty chair = new SimpleStringProperty(this, "chair", "");
    private final StringProperty speakers = new SimpleStringProperty(this, "speakers", "");
    private final ObjectProperty<Lang> language = new SimpleObjectProperty<>(this, "language", Lang.EN);
    private final BooleanProperty interpreted = new SimpleBooleanProperty(this, "interpreted");
    private final FormErrors errors;
    private final FormCompletion completion = new FormCompletion();

    /**
     * @param editing the session to edit, or empty for a new one
     * @param nextOrdinal the agenda position a new session takes (after the last)
     */
    public SessionFormModel(MeetingService service, JobRunner jobs, I18n i18n, Meeting meeting,
                            Optional<AgendaSession> editing, int nextOrdinal, Consumer<AgendaSession> onSaved) {
        this.service = service;
        this.jobs = jobs;
        this.i18n = i18n;
        this.meeting = meeting;
        this.editing = editing;
        this.ordinal = editing.map(AgendaSession::ordinal).orElse(nextOrdinal);
        this.onSaved = onSaved;
        this.errors = new FormErrors(i18n, "day", "start", "end", "kind", "title", "language");
        this.title = new LocalizedText(editing.map(AgendaSession::title).orElse(null));
        if (!meeting.endDate().isBefore(meeting.startDate())) {
            meeting.startDate().datesUntil(meeting.endDate().plusDays(1)).forEach(days::add);
        }
        // a session left outside the meeting's days (the meeting was moved) still shows its day
        editing.map(AgendaSession::day).filter(d -> !days.contains(d)).ifPresent(days::add);
        day.set(editing.map(AgendaSession::day).orElse(days.isEmpty() ? null : days.get(0)));
        interpreted.set(!meeting.booths().isEmpty());
        editing.ifPresent(s -> {
            start.set(TypedTimes.shown(s.start()));
            end.set(TypedTimes.shown(s.end()));
            kind.set(s.kind());
            chair.set(s.chair());
            speakers.set(String.join("\n", s.speakers()));
            language.set(s.language());
            interpreted.set(s.interpreted());
        });
    }

    @Override
    public String title() {
        return editing.map(s -> i18n.get("meeting.edit.session.editTitle", i18n.text(s.title())))
                .orElseGet(() -> i18n.get("meeting.edit.session.newTitle", i18n.text(meeting.title())));
    }

    @Override
    public String submitLabel() {
        return i18n.get(editing.isPresent() ? "ui.dialog.save" : "meeting.edit.session.add");
    }

    @Override
    public void submit() {
        List<Problem> problems = new ArrayList<>();
        if (day.get() == null) {
            problems.add(Problem.of("day", "meeting.error.missing"));
        }
        LocalTime from = TypedTimes.read("start", start.get(), problems).orElse(null);
        LocalTime to = TypedTimes.read("end", end.get(), problems).orElse(null);
        if (from == null && problems.stream().noneMatch(p -> p.field().equals("start"))) {
            problems.add(Problem.of("start", "meeting.error.missing"));
        }
        if (to == null && problems.stream().noneMatch(p -> p.field().equals("end"))) {
            problems.add(Problem.of("end", "meeting.error.missing"));
        }
        if (!problems.isEmpty()) {
            errors.show(problems);
            return;
        }
        List<String> names = Arrays.stream((speakers.get() == null ? "" : speakers.get()).split("\n")).toList();
        AgendaSession session = new AgendaSession(editing.map(AgendaSession::meta).orElse(null), meeting.id(),
                ordinal, day.get(), from, to, title.value(), kind.get(), chair.get(), names, language.get(),
                interpreted.get());
        completion.save(jobs, i18n.get("meeting.edit.job.saveSession"), errors, () -> service.saveSession(session),
                onSaved);
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return completion.doneProperty();
    }

    /** The meeting's days, first to last. */
    public ObservableList<LocalDate> days() {
        return days;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public StringProperty startProperty() {
        return start;
    }

    public StringProperty endProperty() {
        return end;
    }

    public ObjectProperty<SessionKind> kindProperty() {
        return kind;
    }

    public LocalizedText sessionTitle() {
        return title;
    }

    public StringProperty chairProperty() {
        return chair;
    }

    public StringProperty speakersProperty() {
        return speakers;
    }

    public ObjectProperty<Lang> languageProperty() {
        return language;
    }

    public BooleanProperty interpretedProperty() {
        return interpreted;
    }

    public FormErrors errors() {
        return errors;
    }
}
