package org.dialoguedesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.RecordMeta;
import org.dialoguedesk.common.StoreException;
import org.dialoguedesk.meeting.AgendaSession;
import org.dialoguedesk.meeting.ChecklistItem;
import org.dialoguedesk.meeting.ChecklistKind;
import org.dialoguedesk.meeting.ConclusionStatus;
import org.dialoguedesk.meeting.Conclusions;
import org.dialoguedesk.meeting.Delegation;
import org.dialoguedesk.meeting.Gender;
import org.dialoguedesk.meeting.Logistics;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.MeetingStatus;
import org.dialoguedesk.meeting.MeetingType;
import org.dialoguedesk.meeting.Participant;
import org.dialoguedesk.meeting.ParticipantCategory;
import org.dialoguedesk.meeting.ParticipantRole;
import org.dialoguedesk.meeting.ParticipantStatus;
import org.dialoguedesk.meeting.SessionKind;
import org.dialoguedesk.meeting.SessionNote;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.roster.DialogueStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every meeting record written to a real, migrated SQLite file and read back field for field. */
class JooqMeetingRepositoryTest {

    @TempDir
    Path dir;

    private static RecordMeta meta() {
        return RecordMeta.create("tester", TestDesks.CLOCK);
    }

    @Test
    void meetingsAgendasParticipantsChecklistsNotesAndConclusionsReadBackAsWritten() {
        try (Desk desk = TestDesks.empty(dir)) {
            Database db = desk.database();
            UUID dialogue = desk.roster().createDialogue(new Dialogue(null, "TEST", Localized.of("TP"),
                    Localized.of("Test Process"), 2006, Localized.of(""), List.of(), null, DialogueStatus.ACTIVE))
                    .meta().id();
            JooqMeetingRepository meetings = new JooqMeetingRepository(db);
            JooqParticipantRepository participants = new JooqParticipantRepository(db);
            JooqChecklistRepository checklists = new JooqChecklistRepository(db);

            Meeting m = new Meeting(meta(), dialogue, MeetingType.THEMATIC,
                    new Localized("Border management", "Gestion des frontières", "إدارة الحدود"), "Borders", "ESP",
                    new Localized("Madrid", "Madrid", "مدريد"),
                    new Localized("Ministry", "Ministère", "الوزارة"), LocalDate.of(2019, 7, 10),
                    LocalDate.of(2019, 7, 11), List.of("MAR", "ESP"), Set.of(Lang.AR, Lang.EN, Lang.FR),
                    Set.of(Lang.FR, Lang.EN), 80, MeetingStatus.HELD, true);
            db.run(() -> meetings.save(m));
            assertEquals(m, meetings.find(m.id()).orElseThrow());
            Meeting renamed = m.withMeta(m.meta().touch("tester", TestDesks.CLOCK));
            db.run(() -> meetings.save(new Meeting(renamed.meta(), dialogue, m.type(), m.title(), "", "ESP", m.city(),
                    Localized.of(""), m.startDate(), m.endDate(), List.of("ESP"), m.workingLanguages(), Set.of(), 90,
                    MeetingStatus.HELD, true)));
            assertEquals(List.of("ESP"), meetings.all().get(0).coChairs());
            assertThrows(StoreException.class, () -> meetings.save(m), "a stale copy is refused");

            AgendaSession opening = new AgendaSession(meta(), m.id(), 1, m.startDate(), LocalTime.of(9, 30),
                    LocalTime.of(10, 30), new Localized("Opening", "Ouverture", "الافتتاح"), SessionKind.OPENING,
                    "Co-chairs", List.of("Minister of the Interior", "Director, ICMPD"), Lang.EN, true);
            AgendaSession lunch = new AgendaSession(meta(), m.id(), 2, m.startDate(), LocalTime.of(13, 0),
                    LocalTime.of(14, 0), Localized.of("Lunch"), SessionKind.BREAK, "", List.of(), Lang.EN, false);
            meetings.saveSession(lunch);
            meetings.saveSession(opening);
            assertEquals(List.of(opening, lunch), meetings.sessions(m.id()));
            meetings.deleteSession(lunch.withMeta(lunch.meta().touch("tester", TestDesks.CLOCK)));
            assertEquals(List.of(opening), meetings.sessions(m.id()));

            Logistics full = new Logistics(new Logistics.Funding(true, true, false),
                    new Logistics.Flight("AT 970", LocalDateTime.of(2019, 7, 9, 14, 35), "MAD"),
                    new Logistics.Flight("AT 971", LocalDateTime.of(2019, 7, 12, 9, 5), "MAD"),
                    new Logistics.HotelStay(LocalDate.of(2019, 7, 9), LocalDate.of(2019, 7, 12), "single", "HB-1"),
                    new Logistics.Visa(true, LocalDate.of(2019, 6, 3), null, "Embassy of Spain in Dakar"),
                    new Logistics.Passport("A123", "SEN", LocalDate.of(2024, 1, 2), LocalDate.of(1980, 5, 6)),
                    "halal", "wheelchair");
            Participant awa = new Participant(meta(), m.id(), null, "Awa Diop", "عوا ديوب", Gender.FEMALE,
                    Delegation.ofCountry("SEN"), ParticipantCategory.PARTNER_STATE, ParticipantRole.HEAD_OF_DELEGATION,
                    ParticipantStatus.ATTENDED, Lang.FR, false, true, full);
            UUID icmpd = desk.roster().createOrganisation("ICMPD", "ICMPD", Localized.of("ICMPD"),
                    org.dialoguedesk.roster.OrganisationType.PARTNER_AGENCY, null).meta().id();
            Participant staff = new Participant(meta(), m.id(), null, "Anna Becker", "", Gender.UNDISCLOSED,
                    Delegation.ofOrganisation(icmpd), ParticipantCategory.SECRETARIAT, ParticipantRole.STAFF,
                    ParticipantStatus.INVITED, Lang.EN, true, false, Logistics.NONE);
            participants.save(awa);
            participants.save(staff);
            assertEquals(List.of(staff, awa), participants.ofMeeting(m.id()));
            assertEquals(awa, participants.find(awa.id()).orElseThrow());

            ChecklistItem item = new ChecklistItem(meta(), m.id(), ChecklistKind.VISA_LETTERS, 42,
                    LocalDate.of(2019, 6, 21), "late request");
            checklists.saveItem(item);
            SessionNote note = new SessionNote(meta(), m.id(), opening.id(), "Cooperation is needed.");
            checklists.saveNote(note);
            Conclusions conclusions = new Conclusions(meta(), m.id(), Lang.FR, "Texte.", ConclusionStatus.DRAFT);
            checklists.saveConclusions(conclusions);
            assertEquals(List.of(item), checklists.items(m.id()));
            assertEquals(List.of(note), checklists.notes(m.id()));
            assertEquals(List.of(conclusions), checklists.conclusions(m.id()));
        }
    }
}
