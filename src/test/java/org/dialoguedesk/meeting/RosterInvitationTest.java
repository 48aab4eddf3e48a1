package org.dialoguedesk.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
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
import org.dialoguedesk.meeting.InvitationPlan.DelegationPlan;
import org.dialoguedesk.meeting.InvitationPlan.SkipReason;
import org.dialoguedesk.meeting.InvitationPlan.Skipped;
import org.dialoguedesk.roster.Contact;
import org.dialoguedesk.roster.ContactRoleType;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.roster.DialogueStatus;
import org.dialoguedesk.roster.MemberRef;
import org.dialoguedesk.roster.MembershipRole;
import org.dialoguedesk.roster.OrganisationType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invitations from the roster on a real store: a dialogue whose secretariat is ICMPD, with Morocco, Senegal
 * and Spain partners throughout a July 2019 meeting, Mali joining in 2020 and Norway gone at the end of
 * 2018, Algeria observing and IOM a partner agency. Morocco's focal point sorts last by name; an IOM officer
 * based in Morocco is not of Morocco's delegation; Senegal has nobody in the roster; Spain has a head already.
 */
class RosterInvitationTest {

    private static final LocalDate JULY_10 = LocalDate.of(2019, 7, 10);
    private static final Set<InvitationGroup> ALL = EnumSet.allOf(InvitationGroup.class);

    @TempDir
    Path dir;
    private Desk desk;
    private RosterInvitation invitations;
    private Meeting meeting;
    private UUID iom;
    private UUID icmpd;

    @BeforeEach
    void open() {
        desk = TestDesks.empty(dir);
        invitations = desk.invitations();
        icmpd = desk.roster().createOrganisation("ICMPD", "ICMPD", new Localized("International Centre for "
                + "Migration Policy Development", "Centre international pour le développement des politiques "
                + "migratoires", ""), OrganisationType.PARTNER_AGENCY, null).meta().id();
        iom = desk.roster().createOrganisation("IOM", "IOM", Localized.of("International Organization for Migration"),
                OrganisationType.PARTNER_AGENCY, null).meta().id();
        UUID ministry = desk.roster().createOrganisation("MAR_MFA", "", Localized.of("Ministry of Foreign Affairs"),
                OrganisationType.MINISTRY, "MAR").meta().id();
        UUID dialogue = desk.roster().createDialogue(new Dialogue(null, "TEST", Localized.of("TP"),
                Localized.of("Test Process"), 2006, Localized.of(""), List.of(), icmpd, DialogueStatus.ACTIVE))
                .meta().id();
        LocalDate founded = LocalDate.of(2006, 7, 10);
        for (String code : List.of("ESP", "MAR", "SEN")) {
            member(dialogue, new MemberRef.OfCountry(code), MembershipRole.PARTNER_STATE, founded, null);
        }
        member(dialogue, new MemberRef.OfCountry("MLI"), MembershipRole.PARTNER_STATE, LocalDate.of(2020, 1, 1), null);
        member(dialogue, new MemberRef.OfCountry("NOR"), MembershipRole.PARTNER_STATE, founded,
                LocalDate.of(2018, 12, 31));
        member(dialogue, new MemberRef.OfCountry("DZA"), MembershipRole.OBSERVER, founded, null);
        member(dialogue, new MemberRef.OfOrganisation(iom), MembershipRole.PARTNER_AGENCY, founded, null);

        UUID focal = contact("Zineb Alaoui", "زينب العلوي", ministry, "MAR", Lang.AR, Lang.FR);
        desk.contacts().addRole(focal, dialogue, "MAR", ContactRoleType.NATIONAL_FOCAL_POINT, LocalDate.of(2018, 5, 1));
        contact("Ahmed Bennani", "", ministry, "MAR", Lang.AR);
        contact("Bouchra Chraibi", "", null, "MAR", Lang.FR);
        contact("Daniel Kimani", "", iom, "MAR", Lang.EN);
        contact("Lucía Martín", "", null, "ESP", Lang.EN);
        contact("Ole Hansen", "", null, "NOR", Lang.EN);
        contact("Anna Hofer", "", icmpd, "AUT", Lang.EN, Lang.FR);
        contact("Malik Traoré", "", null, "MLI", Lang.FR);

        meeting = desk.meetings().createMeeting(new Meeting(null, dialogue, MeetingType.THEMATIC,
                Localized.of("Border management"), "", "ESP", Localized.of("Madrid"), Localized.of(""), JULY_10,
                JULY_10.plusDays(1), List.of("ESP", "MAR"), Set.of(Lang.EN, Lang.FR), Set.of(Lang.EN, Lang.FR), 100,
                MeetingStatus.PLANNED, false));
        desk.meetings().saveParticipant(new Participant(null, meeting.id(), null, "Marta García", "", Gender.FEMALE,
                Delegation.ofCountry("ESP"), ParticipantCategory.PARTNER_STATE, ParticipantRole.HEAD_OF_DELEGATION,
                ParticipantStatus.CONFIRMED, Lang.EN, true, false, Logistics.NONE));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private void member(UUID dialogue, MemberRef ref, MembershipRole role, LocalDate from, LocalDate to) {
        desk.roster().addMembership(dialogue, ref, role, from, to, "");
    }

    private UUID contact(String name, String nameAr, UUID organisation, String country, Lang... languages) {
        return desk.contacts().create(new Contact.ContactDetails(name, nameAr, "", "", organisation, country, List.of(),
                List.of(), new LinkedHashSet<>(List.of(languages)), "", null)).id();
    }

    private static DelegationPlan delegation(InvitationPlan plan, String name) {
        return plan.delegations().stream().filter(d -> d.name().en().startsWith(name)).findFirst().orElseThrow();
    }

    private static List<String> invited(DelegationPlan d) {
        return d.invited().stream().map(p -> p.name() + "/" + p.role() + "/" + p.language().code()).toList();
    }

    private static List<String> keys(ValidationException e) {
        return e.problems().stream().map(Problem::messageKey).toList();
    }

    @Test
    void partnersOnTheMeetingsDatesAreInvitedFocalPointFirstAsHeadUpToTheSeats() {
        InvitationPlan plan = invitations.plan(meeting.id(), 2, ALL);
        assertEquals(List.of("Morocco", "Senegal", "Spain", "IOM \u2014 International Organization for Migration",
                "Algeria", "ICMPD \u2014 International Centre for Migration Policy Development"),
                plan.delegations().stream().map(d -> d.name().en()).toList(), "Mali joined after, Norway left before");
        DelegationPlan morocco = delegation(plan, "Morocco");
        assertEquals(List.of("Zineb Alaoui/HEAD_OF_DELEGATION/fr", "Ahmed Bennani/DELEGATE/en"), invited(morocco),
                "the focal point first and head; a contact working in no language of the meeting gets its first");
        assertEquals("زينب العلوي", morocco.invited().get(0).nameAr());
        assertEquals(3, morocco.rosterContacts(), "the IOM officer based in Morocco is not of its delegation");
        assertTrue(morocco.invited().stream().allMatch(p -> p.status() == ParticipantStatus.INVITED
                && p.category() == ParticipantCategory.PARTNER_STATE && p.contactId() != null));
        assertEquals(List.of("Senegal", "Algeria"), plan.withoutContacts().stream().map(d -> d.name().en()).toList());
        DelegationPlan spain = delegation(plan, "Spain");
        assertEquals(List.of("Lucía Martín/DELEGATE/en"), invited(spain), "Spain has its head; one seat was taken");
        assertEquals(1, spain.seatsTaken());
        assertEquals("Marta García", spain.head().orElseThrow());
        assertEquals(List.of("Daniel Kimani/HEAD_OF_DELEGATION/en"), invited(delegation(plan, "IOM")));
        DelegationPlan experts = delegation(plan, "ICMPD");
        assertEquals(List.of("Anna Hofer/DELEGATE/en"), invited(experts), "experts come without a head");
        assertEquals(ParticipantCategory.EXPERT, experts.category());
        assertEquals(1, desk.meetings().participants(meeting.id()).size(), "a plan saves nothing");

        assertEquals(5, invitations.apply(plan).size());
        assertEquals(6, desk.meetings().participants(meeting.id()).size());
        InvitationPlan again = invitations.plan(meeting.id(), 2, ALL);
        assertEquals(List.of(), again.participants(), "invited contacts keep their seats: nothing more to add");
        assertEquals(List.of(new Skipped("Zineb Alaoui", SkipReason.ALREADY_PARTICIPANT, ""),
                new Skipped("Ahmed Bennani", SkipReason.ALREADY_PARTICIPANT, "")), delegation(again, "Morocco").skipped());
        assertEquals("Zineb Alaoui", delegation(again, "Morocco").head().orElseThrow());
        InvitationPlan three = invitations.plan(meeting.id(), 3, Set.of(InvitationGroup.STATES));
        assertEquals(List.of("Bouchra Chraibi/DELEGATE/fr"), invited(delegation(three, "Morocco")));
    }

    @Test
    void aSecondHeadOfADelegationIsRefusedNamingTheDelegationAndItsHead() {
        Participant second = new Participant(null, meeting.id(), null, "Pedro Ruiz", "", Gender.MALE,
                Delegation.ofCountry("ESP"), ParticipantCategory.PARTNER_STATE, ParticipantRole.HEAD_OF_DELEGATION,
                ParticipantStatus.INVITED, Lang.EN, true, false, Logistics.NONE);
        ValidationException e = assertThrows(ValidationException.class, () -> desk.meetings().saveParticipant(second));
        assertEquals(List.of("meeting.participant.error.secondHead"), keys(e));
        assertEquals("Pedro Ruiz cannot be head of the delegation of Spain: Marta García already is. Make Marta García "
                + "a delegate first, or give Pedro Ruiz another role.", Messages.english().format(e.problems().get(0)));
        assertTrue(new Messages(Lang.FR).format(e.problems().get(0)).contains("délégation de Espagne"),
                new Messages(Lang.FR).format(e.problems().get(0)));
        assertTrue(new Messages(Lang.AR).format(e.problems().get(0)).contains("إسبانيا"));

        Participant marta = desk.meetings().participants(meeting.id()).get(0);
        desk.meetings().saveParticipant(new Participant(marta.meta(), marta.meetingId(), null, marta.name(), "",
                marta.gender(), marta.delegation(), marta.category(), marta.role(), ParticipantStatus.DECLINED,
                marta.language(), true, false, Logistics.NONE));
        desk.meetings().saveParticipant(second);
        assertEquals(2, desk.meetings().participants(meeting.id()).stream()
                .filter(p -> p.role() == ParticipantRole.HEAD_OF_DELEGATION).count(), "a head who declined is no head");
        Participant again = desk.meetings().participants(meeting.id()).stream()
                .filter(p -> p.name().equals("Pedro Ruiz")).findFirst().orElseThrow();
        desk.meetings().saveParticipant(new Participant(again.meta(), again.meetingId(), null, again.name(), "",
                again.gender(), again.delegation(), again.category(), again.role(), ParticipantStatus.CONFIRMED,
                again.language(), true, false, Logistics.NONE));
    }

    @Test
    void aPlanOvertakenByAnEditIsRefusedWholeAndNothingIsSaved() {
        InvitationPlan plan = invitations.plan(meeting.id(), 2, ALL);
        desk.meetings().saveParticipant(new Participant(null, meeting.id(), null, "Youssef Amrani", "", Gender.MALE,
                Delegation.ofCountry("MAR"), ParticipantCategory.PARTNER_STATE, ParticipantRole.HEAD_OF_DELEGATION,
                ParticipantStatus.CONFIRMED, Lang.FR, true, false, Logistics.NONE));
        ValidationException e = assertThrows(ValidationException.class, () -> invitations.apply(plan));
        assertEquals(List.of("meeting.participant.error.secondHead"), keys(e));
        assertTrue(e.getMessage().contains("Zineb Alaoui cannot be head of the delegation of Morocco: Youssef Amrani"),
                e.getMessage());
        assertEquals(List.of("Marta García", "Youssef Amrani"), desk.meetings().participants(meeting.id()).stream()
                .map(Participant::name).sorted().toList(), "none of the plan's five was saved");
    }

    @Test
    void seatsOutsideOneToTenAndNoGroupAreRefusedNamingWhatIsWrong() {
        ValidationException none = assertThrows(ValidationException.class,
                () -> invitations.plan(meeting.id(), 0, Set.of()));
        assertEquals(List.of("meeting.invite.error.seats", "meeting.invite.error.noGroup"), keys(none));
        assertTrue(none.getMessage().startsWith("seats: 0 seats is not possible: give 1 to 10 seats per delegation."),
                none.getMessage());
        assertEquals(List.of("meeting.invite.error.seats"), keys(assertThrows(ValidationException.class,
                () -> invitations.plan(meeting.id(), 11, ALL))));
        assertEquals(List.of("meeting.invite.error.noMeeting"), keys(assertThrows(ValidationException.class,
                () -> invitations.plan(UUID.randomUUID(), 2, ALL))));
    }
}
