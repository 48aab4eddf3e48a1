package org.dialoguedesk.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Officer;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.RecordMeta;
import org.dialoguedesk.common.Transactions;
import org.dialoguedesk.common.ValidationException;
import org.dialoguedesk.roster.ContactRepository;
import org.dialoguedesk.roster.ContactRoleRepository;
import org.dialoguedesk.roster.CountryRepository;
import org.dialoguedesk.roster.DialogueRepository;
import org.dialoguedesk.roster.MembershipRepository;
import org.dialoguedesk.roster.NameFolding;
import org.dialoguedesk.roster.OrganisationRepository;

/**
 * Meetings, their agendas, participants and checklists. Every change is checked first and refused
 * whole ({@link ValidationException}) when anything is wrong; saves of several rows run in one
 * transaction. Edits carry the metadata they were read with, so a change made elsewhere meanwhile is
 * refused rather than undone.
 */
public final class MeetingService {

    /** The roster's stores that meetings are checked against and invited from ({@link RosterInvitation}). */
    public record Roster(DialogueRepository dialogues, MembershipRepository memberships, CountryRepository countries,
                         OrganisationRepository organisations, ContactRepository contacts,
                         ContactRoleRepository roles) {
    }

    private final MeetingRepository meetings;
    private final ParticipantRepository participants;
    private final ChecklistRepository checklists;
    private final MeetingRules rules;
    private final Transactions tx;
    private final Officer officer;
    private final Clock clock;

    /** The roster's repositories are read to check hosts, co-chairs' memberships and delegations. */
    public MeetingService(MeetingRepository meetings, ParticipantRepository participants,
                          ChecklistRepository checklists, Roster roster, Transactions tx, Officer officer,
                          Clock clock) {
        this.meetings = meetings;
        this.participants = participants;
        this.checklists = checklists;
        this.rules = new MeetingRules(roster.dialogues(), roster.memberships(), roster.countries(),
                roster.organisations());
        this.tx = tx;
        this.officer = officer;
        this.clock = clock;
    }

    public List<Meeting> meetings() {
        return meetings.all();
    }

    public Optional<Meeting> meeting(UUID id) {
        return meetings.find(id);
    }

    /** A meeting by its id or its English title (ignoring case). */
    public Optional<Meeting> findMeeting(String idOrTitle) {
        String wanted = idOrTitle.strip();
        return meetings.all().stream().filter(m -> m.id().toString().equalsIgnoreCase(wanted)
                || m.title().en().equalsIgnoreCase(wanted)).findFirst();
    }

    /** A new meeting from a draft (null meta): dates, host, capacity, languages and co-chairs checked. */
    public Meeting createMeeting(Meeting draft) {
        Meeting m = draft.withMeta(RecordMeta.create(officer.name(), clock));
        refuse(rules.checkMeeting(m));
        tx.run(() -> meetings.save(m));
        return m;
    }

    public Meeting updateMeeting(Meeting edited) {
        existing(edited.id());
        refuse(rules.checkMeeting(edited));
        Meeting m = edited.withMeta(edited.meta().touch(officer.name(), clock));
        tx.run(() -> meetings.save(m));
        return m;
    }

    public List<AgendaSession> sessions(UUID meetingId) {
        return meetings.sessions(meetingId);
    }

    /** Adds a session (null meta) or saves an edited one; its day must be one of the meeting's days. */
    public AgendaSession saveSession(AgendaSession session) {
        refuse(rules.checkSession(session, existing(session.meetingId())));
        AgendaSession s = session.withMeta(session.meta() == null ? RecordMeta.create(officer.name(), clock)
                : session.meta().touch(officer.name(), clock));
        meetings.saveSession(s);
        return s;
    }

    public void deleteSession(AgendaSession session) {
        meetings.deleteSession(session.withMeta(session.meta().touch(officer.name(), clock)));
    }

    /** The meeting's participants, by name. */
    public List<Participant> participants(UUID meetingId) {
        return participants.ofMeeting(meetingId);
    }

    /**
     * Adds a participant (null meta) or saves an edited one. Refused when the person is already a
     * participant of the meeting (same roster contact, or same folded name in the same delegation) or
     * would be a second head of the same delegation; a booking into another meeting on overlapping days is returned as a warning.
     */
    public ParticipantSaved saveParticipant(Participant participant) {
        Meeting m = existing(participant.meetingId());
        return tx.inTransaction(() -> {
            refuse(check(participant, m));
            return save(participant, m);
        });
    }

    /**
     * Adds several participants (null meta) in one transaction, all or nothing: when any is refused,
     * the problems of every refused one are reported and none is saved. Each is checked against those
     * saved before it, so the list cannot bring the same person twice or a delegation two heads.
     */
    public List<ParticipantSaved> saveParticipants(List<Participant> drafts) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        Meeting m = existing(drafts.get(0).meetingId());
        return tx.inTransaction(() -> {
            List<ParticipantSaved> saved = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            for (Participant draft : drafts) {
                List<Problem> found = draft.meetingId().equals(m.id()) ? check(draft, m)
                        : List.of(Problem.of("meeting", "meeting.invite.error.otherMeeting", draft.name()));
                if (found.isEmpty()) {
                    saved.add(save(draft, m));
                } else {
                    problems.addAll(found);
                }
            }
            refuse(problems);
            return saved;
        });
    }

    private List<Problem> check(Participant participant, Meeting m) {
        List<Problem> problems = rules.checkParticipant(participant, m, participants.sameContactOrName(m.id(),
                participant.contactId(), NameFolding.nameKey(participant.name())));
        if (rules.leads(participant)) {
            problems.addAll(rules.checkHead(participant, participants.ofMeeting(m.id())));
        }
        return problems;
    }

    private ParticipantSaved save(Participant participant, Meeting m) {
        Participant p = participant.withMeta(participant.meta() == null ? RecordMeta.create(officer.name(), clock)
                : participant.meta().touch(officer.name(), clock));
        participants.save(p);
        return new ParticipantSaved(p, overlaps(p, m));
    }

    /** Other meetings, not cancelled and on overlapping days, that the same roster contact is booked into. */
    public List<Problem> overlaps(Participant p, Meeting m) {
        List<Problem> warnings = new ArrayList<>();
        if (p.contactId() == null) {
            return warnings;
        }
        for (Participant other : participants.ofContact(p.contactId())) {
            if (other.meetingId().equals(m.id()) || other.status() == ParticipantStatus.DECLINED) {
                continue;
            }
            meetings.find(other.meetingId()).filter(o -> o.status() != MeetingStatus.CANCELLED && o.overlaps(m))
                    .ifPresent(o -> warnings.add(Problem.of("contact", "meeting.participant.warning.overlap",
                            p.name(), o.title().en(), o.startDate().toString(), o.endDate().toString())));
        }
        return warnings;
    }

    /** The checklist, earliest due first. */
    public List<ChecklistItem> checklist(UUID meetingId) {
        return checklists.items(meetingId);
    }

    /** Adds every kind of item not yet on the meeting's checklist, due the usual days before. */
    public List<ChecklistItem> completeChecklist(UUID meetingId) {
        existing(meetingId);
        return tx.inTransaction(() -> {
            List<ChecklistKind> present = checklists.items(meetingId).stream().map(ChecklistItem::kind).toList();
            for (ChecklistKind kind : ChecklistKind.values()) {
                if (!present.contains(kind)) {
                    checklists.saveItem(new ChecklistItem(RecordMeta.create(officer.name(), clock), meetingId, kind,
                            kind.usualDaysBefore(), null, ""));
                }
            }
            return checklists.items(meetingId);
        });
    }

    /** Saves an edited item (done date, days before, note). */
    public ChecklistItem saveChecklistItem(ChecklistItem edited) {
        if (edited.daysBefore() < 0) {
            refuse(List.of(Problem.of("daysBefore", "meeting.checklist.error.daysBefore")));
        }
        existing(edited.meetingId());
        ChecklistItem item = new ChecklistItem(edited.meta().touch(officer.name(), clock), edited.meetingId(),
                edited.kind(), edited.daysBefore(), edited.doneOn(), edited.note());
        checklists.saveItem(item);
        return item;
    }

    /** The items not done whose due date has passed, today by the service's clock. */
    public List<ChecklistItem> overdue(UUID meetingId) {
        LocalDate firstDay = existing(meetingId).startDate();
        LocalDate today = LocalDate.now(clock);
        return checklists.items(meetingId).stream().filter(i -> i.isOverdue(firstDay, today))
                .sorted(Comparator.comparing(i -> i.dueOn(firstDay))).toList();
    }

    private Meeting existing(UUID meetingId) {
        return meetings.find(meetingId).orElseThrow(() -> new DeskException("This meeting no longer exists."));
    }

    private static void refuse(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
