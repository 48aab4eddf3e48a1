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
 * screen to show, never dropped.
 */
public final class MeetingsViewModel {

    /** What one load of a meeting reads, worded on the store thread. */
    private record Details(Meeting meeting, List<Fact> facts, List<SessionRow> sessions,
                           List<ParticipantRow> participants, List<ChecklistRow> checklist) {
    }

    private record Listing(MeetingWording wording, List<MeetingRow> meetings) {
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
        Optional<UUID> again = Optional.ofNullable(selected.get()).map(r -> r.meeting().id());
        jobs.run(i18n.get("meeting.ui.job.load"), this::readListing, listing -> {
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
        MeetingWording w = MeetingWording.read(roster, i18n);
        return new Listing(w, service.meetings().stream()
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
        run("meeting.ui.job.saveParticipant", () -> service.saveParticipant(changed), saved -> {
            loadDetails();
            notice.set(warnings(saved));
        });
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
