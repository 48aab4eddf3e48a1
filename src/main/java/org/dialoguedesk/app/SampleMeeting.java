package org.dialoguedesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Officer;
import org.dialoguedesk.common.RecordMeta;
import org.dialoguedesk.exchange.MeetingFileReader;
import org.dialoguedesk.exchange.MeetingFileReader.ChecklistEntry;
import org.dialoguedesk.exchange.MeetingFileReader.ConclusionsEntry;
import org.dialoguedesk.exchange.MeetingFileReader.FlightEntry;
import org.dialoguedesk.exchange.MeetingFileReader.LogisticsEntry;
import org.dialoguedesk.exchange.MeetingFileReader.MeetingEntry;
import org.dialoguedesk.exchange.MeetingFileReader.NoteEntry;
import org.dialoguedesk.exchange.MeetingFileReader.ParticipantEntry;
import org.dialoguedesk.exchange.MeetingFileReader.SessionEntry;
import org.dialoguedesk.meeting.AgendaSession;
import org.dialoguedesk.meeting.ChecklistItem;
import org.dialoguedesk.meeting.ChecklistKind;
import org.dialoguedesk.meeting.ChecklistRepository;
import org.dialoguedesk.meeting.ConclusionStatus;
import org.dialoguedesk.meeting.Conclusions;
import org.dialoguedesk.meeting.Delegation;
import org.dialoguedesk.meeting.Gender;
import org.dialoguedesk.meeting.Logistics;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.MeetingDates;
import org.dialoguedesk.meeting.MeetingService;
import org.dialoguedesk.meeting.MeetingStatus;
import org.dialoguedesk.meeting.MeetingType;
import org.dialoguedesk.meeting.Participant;
import org.dialoguedesk.meeting.ParticipantCategory;
import org.dialoguedesk.meeting.ParticipantRole;
import org.dialoguedesk.meeting.ParticipantStatus;
import org.dialoguedesk.meeting.SessionKind;
import org.dialoguedesk.meeting.SessionNote;
import org.dialoguedesk.roster.RosterService;

/**
 * The sample meeting of {@code sample-data/}: the Rabat Process thematic meeting on border management
 * of July 2019 with its checklist, agenda and fictional participants, entered through the meeting
 * service like an officer's (so every rule applies to it), then its session notes and conclusions.
 */
final class SampleMeeting {

    static final String FILE = "meeting-rabat-border-2019.json";

    private final MeetingService meetings;
    private final RosterService roster;
    private final ChecklistRepository records;
    private final Officer officer;
    private final Clock clock;
    private final Function<String, InputStream> files;

    SampleMeeting(MeetingService meetings, RosterService roster, ChecklistRepository records, Officer officer,
                  Clock clock, Function<String, InputStream> files) {
        this.meetings = meetings;
        this.roster = roster;
        this.records = records;
        this.officer = officer;
        this.clock = clock;
        this.files = files;
    }

    void load() {
        MeetingEntry e;
        try (InputStream in = files.apply(FILE)) {
            if (in == null) {
                throw new DeskException("The application is missing its sample file " + FILE);
            }
            e = new MeetingFileReader().read(in, FILE);
        } catch (IOException ex) {
            throw new DeskException("Cannot read the sample file " + FILE + ": " + ex.getMessage(), ex);
        }
        Meeting m = meetings.createMeeting(new Meeting(null, roster.dialogueByKey(e.dialogue()).orElseThrow(
                () -> new DeskException(FILE + ": no dialogue " + e.dialogue())).meta().id(),
                MeetingType.valueOf(e.type()), SampleData.localized(e.title()), e.thematicArea(), e.host(),
                SampleData.localized(e.city()), SampleData.localized(e.venue()), MeetingDates.date("start", e.start()),
                MeetingDates.date("end", e.end()), e.coChairs(), langs(e.workingLanguages()), langs(e.booths()),
                e.capacity(), MeetingStatus.valueOf(e.status()), true));
        loadChecklist(m, e.checklist());
        List<AgendaSession> sessions = loadAgenda(m, e.sessions());
        for (ParticipantEntry p : e.participants()) {
            meetings.saveParticipant(participant(m, p));
        }
        for (NoteEntry n : e.notes()) {
            records.saveNote(new SessionNote(meta(), m.id(), sessions.get(n.session() - 1).id(), n.text()));
        }
        for (ConclusionsEntry c : e.conclusions()) {
            records.saveConclusions(new Conclusions(meta(), m.id(), lang(c.language()), c.text(),
                    ConclusionStatus.valueOf(c.status())));
        }
    }

    private void loadChecklist(Meeting m, List<ChecklistEntry> entries) {
        List<ChecklistItem> items = meetings.completeChecklist(m.id());
        for (ChecklistEntry c : entries) {
            ChecklistItem item = items.stream().filter(i -> i.kind() == ChecklistKind.valueOf(c.kind())).findFirst()
                    .orElseThrow();
            meetings.saveChecklistItem(new ChecklistItem(item.meta(), m.id(), item.kind(), c.daysBefore(),
                    date("done", c.done()), c.note()));
        }
    }

    private List<AgendaSession> loadAgenda(Meeting m, List<SessionEntry> entries) {
        int ordinal = 0;
        List<AgendaSession> saved = new ArrayList<>();
        for (SessionEntry s : entries) {
            saved.add(meetings.saveSession(new AgendaSession(null, m.id(), ++ordinal, MeetingDates.date("day", s.day()),
                    MeetingDates.time("start", s.start()), MeetingDates.time("end", s.end()),
                    SampleData.localized(s.title()), SessionKind.valueOf(s.kind()), s.chair(), s.speakers(),
                    lang(s.language()), s.interpreted())));
        }
        return saved;
    }

    private Participant participant(Meeting m, ParticipantEntry p) {
        Delegation delegation = p.country() != null ? Delegation.ofCountry(p.country())
                : Delegation.ofOrganisation(roster.organisationByKey(p.organisation()).orElseThrow(
                        () -> new DeskException(FILE + ": no organisation " + p.organisation())).meta().id());
        return new Participant(null, m.id(), null, p.name(), p.nameAr(), Gender.valueOf(p.gender()), delegation,
                ParticipantCategory.valueOf(p.category()), ParticipantRole.valueOf(p.role()),
                ParticipantStatus.valueOf(p.status()), lang(p.language()), p.consentToList(), true,
                logistics(p.logistics()));
    }

    private static Logistics logistics(LogisticsEntry l) {
        if (l == null) {
            return Logistics.NONE;
        }
        return new Logistics(l.funded() == null ? null
                : new Logistics.Funding(l.funded().travel(), l.funded().hotel(), l.funded().perDiem()),
                flight("arrival", l.arrival()), flight("departure", l.departure()),
                l.hotel() == null ? null : new Logistics.HotelStay(date("checkIn", l.hotel().checkIn()),
                        date("checkOut", l.hotel().checkOut()), l.hotel().roomType(), l.hotel().bookingReference()),
                l.visa() == null ? null : new Logistics.Visa(l.visa().needed(),
                        date("letterRequested", l.visa().letterRequested()),
                        date("letterIssued", l.visa().letterIssued()), l.visa().embassy()),
                l.passport() == null ? null : new Logistics.Passport(l.passport().number(), l.passport().nationality(),
                        date("expiry", l.passport().expiry()), date("birthDate", l.passport().birthDate())),
                l.dietary(), l.accessibility());
    }

    private static Logistics.Flight flight(String field, FlightEntry f) {
        return f == null ? null : new Logistics.Flight(f.flight(), MeetingDates.dateTime(field, f.at()), f.airport());
    }

    private static LocalDate date(String field, String text) {
        return text == null ? null : MeetingDates.date(field, text);
    }

    private static Set<Lang> langs(List<String> codes) {
        Set<Lang> langs = EnumSet.noneOf(Lang.class);
        codes.forEach(c -> langs.add(lang(c)));
        return langs;
    }

    private static Lang lang(String code) {
        return Lang.fromCode(code).orElseThrow(() -> new DeskException(FILE + ": no language called " + code));
    }

    private RecordMeta meta() {
        return RecordMeta.create(officer.name(), clock);
    }
}
