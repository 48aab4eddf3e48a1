package org.dialoguedesk.meeting.ui;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.util.Subscription;
import org.dialoguedesk.meeting.ChecklistItem;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.MeetingService;
import org.dialoguedesk.meeting.Participant;
import org.dialoguedesk.meeting.ParticipantSaved;
import org.dialoguedesk.meeting.ParticipantStatus;
import org.dialoguedesk.meeting.RosterInvitation;
import org.dialoguedesk.meeting.ui.MeetingRows.ChecklistRow;
import org.dialoguedesk.meeting.ui.MeetingRows.Fact;
import org.dialoguedesk.meeting.ui.MeetingRows.MeetingRow;
import org.dialoguedesk.meeting.ui.MeetingRows.ParticipantRow;
import org.dialoguedesk.meeting.ui.MeetingRows.SessionRow;
import org.dialoguedesk.roster.RosterService;
import org.dialoguedesk.ui.DialogService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * The meetings screen: every meeting, newest first, and the chosen one's overview, agenda,
 * participants (narrowed by status, counted) and checklist (overdue items marked by the desk's
 * clock). A refusal or a warning from the service is kept in {@link #noticeProperty()} for the
 * screen to show, never dropped. Meetings, sessions and participants are created and edited in
 * forms shown through the dialog service; the screen reads them again once a form has saved.
 */
public final class MeetingsViewModel {

    /** What one load of a meeting reads, worded on the store thread. */
    private record Details(Meeting meeting, List<Fact> facts, List<SessionRow> sessions,
                           List<ParticipantRow> participants, List<ChecklistRow> checklist) {
    }

    private record Listing(MeetingChoices choices, MeetingWording wording, List<MeetingRow> meetings) {
    }

    private final MeetingService service;
    private final RosterInvitation invitations;
    private final RosterService roster;
    private final JobRunner jobs;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Clock clock;
    private final ObservableList<MeetingRow> meetings = FXCollections.observableArrayList();
    private final ObjectProperty<MeetingRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    private final ObservableList<SessionRow> sessions = FXCollections.observableArrayList();
    private final ObservableList<ParticipantRow> allParticipants = FXCollections.observableArrayList();
    private final FilteredList<ParticipantRow> participants = new FilteredList<>(allParticipants);
    private final ObjectProperty<ParticipantStatus> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    private final ObservableList<ChecklistRow> checklist = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private MeetingWording wording;
    private MeetingChoices choices;
    private Details shown;
    private Subscription subscriptions = Subscription.EMPTY;

    public MeetingsViewModel(MeetingService service, RosterInvitation invitations, RosterService roster,
                             JobRunner jobs, DialogService dialogs, I18n i18n, Clock clock) {
        this.service = service;
        this.invitations = invitations;
        this.roster = roster;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.clock = clock;
    }

    public void activate() {
        subscriptions = Subscription.combine(selected.subscribe(this::loadDetails),
                statusFilter.subscribe(this::applyFilter));
        reload(Optional.ofNullable(selected.get()).map(r -> r.meeting().id()));
    }

    /** Reads the meetings again and shows that one (a meeting just saved), or else the first. */
    void reload(Optional<UUID> again) {
        jobs.run(i18n.get("meeting.ui.job.load"), this::readListing, listing -> {
            choices = listing.choices();
            wording = listing.wording();
            meetings.setAll(listing.meetings());
            MeetingRow chosen = again.flatMap(id -> meetings.stream().filter(r -> r.meeting().id().equals(id))
                    .findFirst()).orElse(meetings.isEmpty() ? null : meetings.get(0));
            if (Objects.equals(chosen, selected.get())) {
                loadDetails();
            } else {
                selected.set(chosen);
            }
        }, this::refused);
    }

    public void deactivate() {
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
    }

    private Listing readListing() {
        MeetingChoices c = MeetingChoices.read(roster, i18n);
        MeetingWording w = MeetingWording.of(c, i18n);
        return new Listing(c, w, service.meetings().stream()
                .sorted((a, b) -> b.startDate().compareTo(a.startDate())).map(w::meeting).toList());
    }

    private void loadDetails() {
        MeetingRow row = selected.get();
        notice.set("");
        if (row == null || wording == null) {
            show(null);
            return;
        }
        UUID id = row.meeting().id();
        run("meeting.ui.job.details", () -> readDetails(id), this::show);
    }

    private Details readDetails(UUID id) {
        Meeting m = service.meeting(id).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        Collator collator = Collator.getInstance(i18n.lang().locale());
        Comparator<ParticipantRow> byName = Comparator.comparing(ParticipantRow::name, collator);
        return new Details(m, wording.facts(m), service.sessions(id).stream().map(wording::session).toList(),
                service.participants(id).stream().map(wording::participant).sorted(byName).toList(),
                service.checklist(id).stream().map(i -> wording.checklist(i, m.startDate(), today)).toList());
    }

    private void show(Details d) {
        shown = d;
        facts.setAll(d == null ? List.of() : d.facts());
        sessions.setAll(d == null ? List.of() : d.sessions());
        allParticipants.setAll(d == null ? List.of() : d.participants());
        checklist.setAll(d == null ? List.of() : d.checklist());
        applyFilter();
    }

    private void applyFilter() {
        ParticipantStatus status = statusFilter.get();
        participants.setPredicate(r -> status == null || r.participant().status() == status);
        long attended = allParticipants.stream()
                .filter(r -> r.participant().status() == ParticipantStatus.ATTENDED).count();
        count.set(status == null ? i18n.get("meeting.ui.participants.count", attended, allParticipants.size())
                : i18n.get("meeting.ui.participants.countShown", participants.size(), allParticipants.size(),
                attended));
    }

    /** Gives the participant another status; overlap warnings the service returns are shown. */
    public void changeStatus(ParticipantRow row, ParticipantStatus status) {
        if (row == null || status == null || row.participant().status() == status) {
            return;
        }
        Participant p = row.participant();
        Participant changed = new Participant(p.meta(), p.meetingId(), p.contactId(), p.name(), p.nameAr(), p.gender(),
                p.delegation(), p.category(), p.role(), status, p.language(), p.consentToList(), p.sample(),
                p.logistics());
        run("meeting.ui.job.saveParticipant", () -> service.saveParticipant(changed), this::participantSaved);
    }

    private String warnings(ParticipantSaved saved) {
        return saved.warnings().isEmpty() ? "" : i18n.joined(saved.warnings());
    }

    /** Opens the invite-from-the-roster form for the chosen meeting; its participants are read again after. */
    public void inviteFromRoster() {
        MeetingRow row = selected.get();
        if (row != null) {
            dialogs.showForm(new InviteFormModel(invitations, jobs, i18n, row.meeting(), saved -> {
                loadDetails();
                notice.set(i18n.joined(saved.stream().flatMap(s -> s.warnings().stream()).toList()));
            }));
        }
    }

    /** Adds every usual preparation step not yet on the checklist. */
    public void completeChecklist() {
        MeetingRow row = selected.get();
        if (row != null) {
            run("meeting.ui.job.completeChecklist", () -> service.completeChecklist(row.meeting().id()),
                    added -> loadDetails());
        }
    }

    /** Marks the item done today. */
    public void markDone(ChecklistRow row) {
        if (row == null || row.item().isDone()) {
            return;
        }
        ChecklistItem i = row.item();
        ChecklistItem done = new ChecklistItem(i.meta(), i.meetingId(), i.kind(), i.daysBefore(),
                LocalDate.now(clock), i.note());
        run("meeting.ui.job.saveChecklist", () -> service.saveChecklistItem(done), saved -> loadDetails());
    }

    /** Opens the new-meeting form, proposing the dialogue of the meeting shown. */
    public void newMeeting() {
        if (choices != null) {
            dialogs.showForm(new MeetingFormModel(service, jobs, i18n, choices, Optional.empty(),
                    shownMeeting().flatMap(m -> choices.dialogue(m.dialogueId())), this::showSaved));
        }
    }

    /** Opens the edit form of the meeting shown. */
    public void editMeeting() {
        shownMeeting().ifPresent(m -> dialogs.showForm(new MeetingFormModel(service, jobs, i18n, choices,
                Optional.of(m), Optional.empty(), this::showSaved)));
    }

    private void showSaved(Meeting saved) {
        reload(Optional.of(saved.id()));
    }

    /** Opens the form of a new session, placed after the last one of the agenda. */
    public void addSession() {
        shownMeeting().ifPresent(m -> dialogs.showForm(new SessionFormModel(service, jobs, i18n, m, Optional.empty(),
                sessions.stream().mapToInt(r -> r.session().ordinal()).max().orElse(0) + 1, s -> loadDetails())));
    }

    public void editSession(SessionRow row) {
        Optional<Meeting> m = shownMeeting();
        if (row != null && m.isPresent()) {
            dialogs.showForm(new SessionFormModel(service, jobs, i18n, m.get(), Optional.of(row.session()), 0,
                    s -> loadDetails()));
        }
    }

    /** Deletes the session once the officer confirms. */
    public void deleteSession(SessionRow row) {
        if (row != null && dialogs.confirm(i18n.get("meeting.edit.session.deleteTitle"),
                i18n.get("meeting.edit.session.deleteConfirm", row.title(), row.day(), row.time()))) {
            run("meeting.edit.job.deleteSession", () -> {
                service.deleteSession(row.session());
                return row;
            }, deleted -> loadDetails());
        }
    }

    public void addParticipant() {
        shownMeeting().ifPresent(m -> dialogs.showForm(new ParticipantFormModel(service, jobs, i18n, m, choices,
                Optional.empty(), this::participantSaved)));
    }

    public void editParticipant(ParticipantRow row) {
        Optional<Meeting> m = shownMeeting();
        if (row != null && m.isPresent()) {
            dialogs.showForm(new ParticipantFormModel(service, jobs, i18n, m.get(), choices,
                    Optional.of(row.participant()), this::participantSaved));
        }
    }

    /** The participants are read again; a booking into an overlapping meeting is said in the notice. */
    private void participantSaved(ParticipantSaved saved) {
        loadDetails();
        notice.set(warnings(saved));
    }

    private Optional<Meeting> shownMeeting() {
        return Optional.ofNullable(shown).map(Details::meeting);
    }

    private <T> void run(String jobKey, Supplier<T> work, Consumer<T> then) {
        jobs.run(i18n.get(jobKey), work, then, this::refused);
    }

    private void refused(Throwable e) {
        notice.set(i18n.describe(e));
    }

    public ObservableList<MeetingRow> meetings() {
        return meetings;
    }

    public ObjectProperty<MeetingRow> selectedProperty() {
        return selected;
    }

    public ObservableList<Fact> facts() {
        return facts;
    }

    public ObservableList<SessionRow> sessions() {
        return sessions;
    }

    public ObservableList<ParticipantRow> participants() {
        return participants;
    }

    public ObjectProperty<ParticipantStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ObservableList<ChecklistRow> checklist() {
        return checklist;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
