package org.dialoguedesk.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.ValidationException;
import org.dialoguedesk.roster.Contact;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.roster.DialogueStatus;
import org.dialoguedesk.roster.MemberRef;
import org.dialoguedesk.roster.MembershipRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The meeting rules on a real store: a small dialogue where Spain and Morocco are partners since 2006,
 * Mali joins in 2020 and Norway left at the end of 2018.
 */
class MeetingServiceTest {

    private static final LocalDate JULY_10 = LocalDate.of(2019, 7, 10);
    private static final LocalDate JULY_11 = LocalDate.of(2019, 7, 11);

    @TempDir
    Path dir;
    private Desk desk;
    private MeetingService meetings;
    private UUID dialogue;

    @BeforeEach
    void open() {
        desk = TestDesks.empty(dir);
        meetings = desk.meetings();
        dialogue = desk.roster().createDialogue(new Dialogue(null, "TEST", Localized.of("TP"),
                Localized.of("Test Process"), 2006, Localized.of(""), List.of(), null, DialogueStatus.ACTIVE))
                .meta().id();
        member("ESP", LocalDate.of(2006, 7, 10), null);
        member("MAR", LocalDate.of(2006, 7, 10), null);
        member("MLI", LocalDate.of(2020, 1, 1), null);
        member("NOR", LocalDate.of(2006, 7, 10), LocalDate.of(2018, 12, 31));
        desk.roster().addMembership(dialogue, new MemberRef.OfCountry("DZA"), MembershipRole.OBSERVER,
                LocalDate.of(2006, 7, 10), null, "");
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private void member(String country, LocalDate from, LocalDate to) {
        desk.roster().addMembership(dialogue, new MemberRef.OfCountry(country), MembershipRole.PARTNER_STATE, from, to,
                "");
    }

    private Meeting draft(LocalDate start, LocalDate end, List<String> coChairs) {
        return new Meeting(null, dialogue, MeetingType.THEMATIC, Localized.of("Border management"), "Borders", "ESP",
                Localized.of("Madrid"), Localized.of(""), start, end, coChairs, Set.of(Lang.EN, Lang.FR), Set.of(Lang.EN, Lang.FR),
                100, MeetingStatus.PLANNED, false);
    }

    private static List<String> keys(ValidationException e) {
        return e.problems().stream().map(Problem::messageKey).toList();
    }

    private Participant person(Meeting m, String name, Delegation delegation, UUID contact) {
        return new Participant(null, m.id(), contact, name, "", Gender.FEMALE, delegation,
                ParticipantCategory.PARTNER_STATE, ParticipantRole.DELEGATE, ParticipantStatus.CONFIRMED, Lang.FR, true,
                false, Logistics.NONE);
    }

    private UUID contact(String name) {
        return desk.contacts().create(new Contact.ContactDetails(name, "", "", "", null, "SEN", List.of(), List.of(),
                Set.of(), "", null)).id();
    }

    @Test
    void aMeetingEndingBeforeItStartsWithNoSeatsAndAnUnknownHostIsRefusedWithEveryProblem() {
        Meeting bad = new Meeting(null, dialogue, MeetingType.EXPERT, Localized.of("x"), "", "XYZ", Localized.of(""),
                Localized.of(""), JULY_11, JULY_10, List.of(), Set.of(Lang.EN), Set.of(Lang.AR), 0, MeetingStatus.PLANNED, false);
        ValidationException e = assertThrows(ValidationException.class, () -> meetings.createMeeting(bad));
        assertEquals(List.of("meeting.error.countryUnknown", "meeting.error.endBeforeStart",
                "meeting.error.capacityPositive", "meeting.error.boothNotWorkingLanguage"), keys(e));
        Problem booth = e.problems().get(3);
        assertTrue(Messages.english().format(booth).contains("into Arabic,"), Messages.english().format(booth));
        assertTrue(new Messages(Lang.FR).format(booth).endsWith(" : Arabe."), new Messages(Lang.FR).format(booth));
        assertTrue(new Messages(Lang.AR).format(booth).contains("إلى العربية"), new Messages(Lang.AR).format(booth));
        assertEquals(List.of(), meetings.meetings());
    }

    @Test
    void daysThatDoNotExistAreRefusedWhenRead() {
        ValidationException notReal = assertThrows(ValidationException.class,
                () -> MeetingDates.date("start", "2019-02-30"));
        assertEquals(List.of("meeting.error.dateNotReal"), keys(notReal));
        assertTrue(notReal.getMessage().contains("2019-02-30 is not a day of the calendar"), notReal.getMessage());
        assertEquals(List.of("meeting.error.dateForm"),
                keys(assertThrows(ValidationException.class, () -> MeetingDates.date("start", "10/07/2019"))));
        assertEquals(List.of("meeting.error.timeNotReal"),
                keys(assertThrows(ValidationException.class, () -> MeetingDates.time("start", "24:30"))));
        assertEquals(LocalDate.of(2020, 2, 29), MeetingDates.date("start", "2020-02-29"));
    }

    @Test
    void coChairsMustBePartnerStatesOnEveryDayOfTheMeeting() {
        Meeting m = meetings.createMeeting(draft(JULY_10, JULY_11, List.of("ESP", "MAR")));
        assertEquals(List.of("ESP", "MAR"), meetings.meeting(m.id()).orElseThrow().coChairs());
        for (String notThen : List.of("MLI", "NOR", "DZA")) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> meetings.createMeeting(draft(JULY_10, JULY_11, List.of("ESP", notThen))));
            assertEquals(List.of("meeting.error.coChairNotPartner"), keys(e), notThen);
            assertEquals(List.of(notThen, "TP", "2019-07-10", "2019-07-11"), e.problems().get(0).args());
        }
        // Mali co-chairs once it has joined
        meetings.createMeeting(draft(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 2), List.of("ESP", "MLI")));
    }

    @Test
    void aParticipantImportedTwiceIsRefused() {
        Meeting m = meetings.createMeeting(draft(JULY_10, JULY_11, List.of("ESP", "MAR")));
        UUID awa = contact("Awa Diop");
        meetings.saveParticipant(person(m, "Awa Diop", Delegation.ofCountry("SEN"), awa));
        meetings.saveParticipant(person(m, "Mohamed Ben Ali", Delegation.ofCountry("MAR"), null));
        assertEquals(List.of("meeting.participant.error.sameContact"), keys(assertThrows(ValidationException.class,
                () -> meetings.saveParticipant(person(m, "A. Diop", Delegation.ofCountry("SEN"), awa)))));
        assertEquals(List.of("meeting.participant.error.sameNameAndDelegation"),
                keys(assertThrows(ValidationException.class, () -> meetings.saveParticipant(
                        person(m, "Mohammed Benali", Delegation.ofCountry("MAR"), null)))));
        // the same name in another delegation is another person, and an edit is not a duplicate of itself
        ParticipantSaved other = meetings.saveParticipant(person(m, "Mohammed Benali", Delegation.ofCountry("TUN"),
                null));
        Participant p = other.participant();
        meetings.saveParticipant(new Participant(p.meta(), m.id(), null, p.name(), "محمد بن علي", p.gender(),
                p.delegation(), p.category(), p.role(), ParticipantStatus.REGISTERED, p.language(), false, false,
                p.logistics()));
        assertEquals(3, meetings.participants(m.id()).size());
    }

    @Test
    void theSamePersonInOverlappingMeetingsIsAWarningNotARefusal() {
        Meeting first = meetings.createMeeting(draft(JULY_10, JULY_11, List.of("ESP", "MAR")));
        Meeting overlapping = meetings.createMeeting(draft(JULY_11, LocalDate.of(2019, 7, 12), List.of("MAR")));
        Meeting later = meetings.createMeeting(draft(LocalDate.of(2019, 9, 1), LocalDate.of(2019, 9, 2),
                List.of("ESP")));
        UUID awa = contact("Awa Diop");
        assertEquals(List.of(), meetings.saveParticipant(person(first, "Awa Diop", Delegation.ofCountry("SEN"), awa))
                .warnings());
        ParticipantSaved second = meetings.saveParticipant(person(overlapping, "Awa Diop", Delegation.ofCountry("SEN"),
                awa));
        assertEquals(List.of(Problem.of("contact", "meeting.participant.warning.overlap", "Awa Diop",
                "Border management", "2019-07-10", "2019-07-11")), second.warnings());
        assertEquals(2, meetings.participants(overlapping.id()).size() + meetings.participants(first.id()).size());
        assertEquals(List.of(), meetings.saveParticipant(person(later, "Awa Diop", Delegation.ofCountry("SEN"), awa))
                .warnings());
    }

    @Test
    void checklistItemsAreDueDaysBeforeTheFirstDayAndOverdueWhenNotDone() {
        // the test clock says 2026-11-23
        Meeting m = meetings.createMeeting(draft(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 11),
                List.of("ESP")));
        List<ChecklistItem> items = meetings.completeChecklist(m.id());
        assertEquals(ChecklistKind.values().length, items.size());
        ChecklistItem invitations = items.get(0);
        assertEquals(ChecklistKind.INVITATIONS, invitations.kind());
        assertEquals(LocalDate.of(2026, 10, 15), invitations.dueOn(m.startDate()));
        meetings.saveChecklistItem(new ChecklistItem(invitations.meta(), m.id(), invitations.kind(),
                invitations.daysBefore(), LocalDate.of(2026, 10, 14), ""));
        assertEquals(List.of(ChecklistKind.HOTEL_BLOCK, ChecklistKind.VISA_LETTERS, ChecklistKind.INTERPRETERS),
                meetings.overdue(m.id()).stream().map(ChecklistItem::kind).toList());
        assertEquals(ChecklistKind.values().length, meetings.completeChecklist(m.id()).size());
    }
}
