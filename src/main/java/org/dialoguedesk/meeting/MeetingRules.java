package org.dialoguedesk.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.roster.CountryRepository;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.roster.DialogueRepository;
import org.dialoguedesk.roster.Membership;
import org.dialoguedesk.roster.MembershipRepository;
import org.dialoguedesk.roster.MembershipRole;
import org.dialoguedesk.roster.NameFolding;
import org.dialoguedesk.roster.OrganisationRepository;

/**
 * What a meeting, a session and a participant must be before they are saved, as problems per field.
 * Co-chairs are checked against the roster's dated memberships, so a state that joined the dialogue
 * after the meeting (or left before it) cannot co-chair it.
 */
final class MeetingRules {

    private final DialogueRepository dialogues;
    private final MembershipRepository memberships;
    private final CountryRepository countries;
    private final OrganisationRepository organisations;

    MeetingRules(DialogueRepository dialogues, MembershipRepository memberships, CountryRepository countries,
                 OrganisationRepository organisations) {
        this.dialogues = dialogues;
        this.memberships = memberships;
        this.countries = countries;
        this.organisations = organisations;
    }

    List<Problem> checkMeeting(Meeting m) {
        List<Problem> problems = new ArrayList<>();
        Dialogue dialogue = m.dialogueId() == null ? null : dialogues.find(m.dialogueId()).orElse(null);
        if (dialogue == null) {
            problems.add(Problem.of("dialogue", "meeting.error.dialogueUnknown"));
        }
        required(m.type(), "type", problems);
        required(m.status(), "status", problems);
        if (m.title() == null || m.title().en().isEmpty()) {
            problems.add(Problem.of("title", "meeting.error.titleRequired"));
        }
        if (m.hostCountry() == null || m.hostCountry().isBlank()) {
            problems.add(Problem.of("hostCountry", "meeting.error.missing"));
        } else if (countries.find(m.hostCountry()).isEmpty()) {
            problems.add(Problem.of("hostCountry", "meeting.error.countryUnknown", m.hostCountry()));
        }
        boolean datesKnown = m.startDate() != null && m.endDate() != null;
        if (!datesKnown) {
            problems.add(Problem.of("dates", "meeting.error.missing"));
        } else if (m.endDate().isBefore(m.startDate())) {
            problems.add(Problem.of("endDate", "meeting.error.endBeforeStart", m.endDate().toString(),
                    m.startDate().toString()));
        }
        if (m.capacity() <= 0) {
            problems.add(Problem.of("capacity", "meeting.error.capacityPositive"));
        }
        if (m.workingLanguages().isEmpty()) {
            problems.add(Problem.of("workingLanguages", "meeting.error.missing"));
        }
        for (Lang booth : m.booths()) {
            if (!m.workingLanguages().contains(booth)) {
                problems.add(Problem.of("booths", "meeting.error.boothNotWorkingLanguage", booth));
            }
        }
        if (dialogue != null && datesKnown && !m.endDate().isBefore(m.startDate())) {
            checkCoChairs(m, dialogue, problems);
        }
        return problems;
    }

    private void checkCoChairs(Meeting m, Dialogue dialogue, List<Problem> problems) {
        List<Membership> partners = memberships.forDialogue(dialogue.meta().id()).stream()
                .filter(ms -> ms.isCountry() && ms.role() == MembershipRole.PARTNER_STATE).toList();
        Set<String> seen = new HashSet<>();
        for (String code : m.coChairs()) {
            if (!seen.add(code)) {
                problems.add(Problem.of("coChairs", "meeting.error.coChairTwice", code));
            } else if (countries.find(code).isEmpty()) {
                problems.add(Problem.of("coChairs", "meeting.error.countryUnknown", code));
            } else if (!m.startDate().datesUntil(m.endDate().plusDays(1)).allMatch(day -> partners.stream()
                    .anyMatch(ms -> ms.countryCode().equals(code) && ms.isActiveOn(day)))) {
                problems.add(Problem.of("coChairs", "meeting.error.coChairNotPartner", code, dialogue.acronym().en(),
                        m.startDate().toString(), m.endDate().toString()));
            }
        }
    }

    List<Problem> checkSession(AgendaSession s, Meeting m) {
        List<Problem> problems = new ArrayList<>();
        if (s.title() == null || s.title().en().isEmpty()) {
            problems.add(Problem.of("title", "meeting.error.titleRequired"));
        }
        required(s.kind(), "kind", problems);
        required(s.language(), "language", problems);
        if (s.day() == null || s.start() == null || s.end() == null) {
            problems.add(Problem.of("time", "meeting.error.missing"));
        } else {
            if (s.day().isBefore(m.startDate()) || s.day().isAfter(m.endDate())) {
                problems.add(Problem.of("day", "meeting.session.error.dayOutside", s.day().toString(),
                        m.startDate().toString(), m.endDate().toString()));
            }
            if (!s.end().isAfter(s.start())) {
                problems.add(Problem.of("end", "meeting.session.error.endNotAfterStart"));
            }
        }
        return problems;
    }

    /**
     * @param others the meeting's participants as stored who may be the same person (at least those with
     *               the same contact or folded name); the participant's own stored copy is skipped, so an
     *               edit is not a duplicate of itself
     */
    List<Problem> checkParticipant(Participant p, Meeting m, List<Participant> others) {
        List<Problem> problems = new ArrayList<>();
        if (p.name().isEmpty()) {
            problems.add(Problem.of("name", "meeting.participant.error.nameRequired"));
        }
        required(p.gender(), "gender", problems);
        required(p.category(), "category", problems);
        required(p.role(), "role", problems);
        required(p.status(), "status", problems);
        if (p.delegation() == null) {
            problems.add(Problem.of("delegation", "meeting.error.missing"));
        } else if (p.delegation().countryCode() != null && countries.find(p.delegation().countryCode()).isEmpty()) {
            problems.add(Problem.of("delegation", "meeting.error.countryUnknown", p.delegation().countryCode()));
        } else if (p.delegation().organisationId() != null
                && organisations.find(p.delegation().organisationId()).isEmpty()) {
            problems.add(Problem.of("delegation", "meeting.participant.error.organisationUnknown"));
        }
        if (p.language() == null) {
            problems.add(Problem.of("language", "meeting.error.missing"));
        } else if (!m.workingLanguages().contains(p.language())) {
            problems.add(Problem.of("language", "meeting.participant.error.languageNotWorking", p.language()));
        }
        checkLogistics(p.logistics(), problems);
        if (!p.name().isEmpty() && p.delegation() != null) {
            checkTwice(p, others, problems);
        }
        return problems;
    }

    /** True for a head of delegation who has not declined: the one a delegation may have only once. */
    boolean leads(Participant p) {
        return p.role() == ParticipantRole.HEAD_OF_DELEGATION && p.status() != ParticipantStatus.DECLINED
                && p.delegation() != null;
    }

    /**
     * At most one head per delegation: a head who declined is no longer counted, so another can be named.
     *
     * @param present the meeting's participants as stored; the participant's own stored copy is skipped
     */
    List<Problem> checkHead(Participant p, List<Participant> present) {
        UUID self = p.meta() == null ? null : p.meta().id();
        return present.stream().filter(o -> !o.id().equals(self) && leads(o) && o.delegation().equals(p.delegation()))
                .findFirst().map(o -> List.of(Problem.of("role", "meeting.participant.error.secondHead", p.name(),
                        DelegationNames.of(p.delegation(), countries::find, organisations::find), o.name())))
                .orElse(List.of());
    }

    private static void checkLogistics(Logistics l, List<Problem> problems) {
        Logistics.HotelStay hotel = l.hotel();
        if (hotel != null && hotel.checkIn() != null && hotel.checkOut() != null
                && hotel.checkOut().isBefore(hotel.checkIn())) {
            problems.add(Problem.of("hotel", "meeting.participant.error.checkOutBeforeCheckIn"));
        }
        LocalDate requested = l.visa().letterRequested();
        if (requested != null && l.visa().letterIssued() != null && l.visa().letterIssued().isBefore(requested)) {
            problems.add(Problem.of("visa", "meeting.participant.error.letterBeforeRequest"));
        }
    }

    /** The same roster contact, or the same folded name in the same delegation, is one person twice. */
    private static void checkTwice(Participant p, List<Participant> others, List<Problem> problems) {
        UUID self = p.meta() == null ? null : p.meta().id();
        String key = NameFolding.nameKey(p.name());
        for (Participant o : others) {
            if (o.id().equals(self)) {
                continue;
            }
            if (p.contactId() != null && p.contactId().equals(o.contactId())) {
                problems.add(Problem.of("contact", "meeting.participant.error.sameContact", o.name()));
                return;
            }
            if (key.equals(NameFolding.nameKey(o.name())) && Objects.equals(p.delegation(), o.delegation())) {
                problems.add(Problem.of("name", "meeting.participant.error.sameNameAndDelegation", o.name()));
                return;
            }
        }
    }

    private static void required(Object value, String field, List<Problem> problems) {
        if (value == null) {
            problems.add(Problem.of(field, "meeting.error.missing"));
        }
    }
}
