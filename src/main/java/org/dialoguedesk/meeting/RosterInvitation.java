package org.dialoguedesk.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.ValidationException;
import org.dialoguedesk.meeting.InvitationPlan.DelegationPlan;
import org.dialoguedesk.meeting.InvitationPlan.SkipReason;
import org.dialoguedesk.meeting.InvitationPlan.Skipped;
import org.dialoguedesk.roster.Contact;
import org.dialoguedesk.roster.ContactRole;
import org.dialoguedesk.roster.ContactRoleType;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.roster.MembershipRole;
import org.dialoguedesk.roster.NameFolding;
import org.dialoguedesk.roster.Organisation;

/**
 * Invites a meeting's delegations from the roster. The delegations are the dialogue's members
 * throughout the meeting's dates (a state that joined after it or left before it is not invited); each
 * gets up to N seats, counting those of its participants already there, filled from the roster's
 * contacts: the dialogue's national focal point of the day first, then its contact points, then the
 * others by name. The first seat of a delegation with no head yet is its head. The plan is computed
 * first so the officer sees it; applying it saves every participant in one transaction.
 */
public final class RosterInvitation {

    /** The most seats a delegation can be given at once. */
    public static final int MAX_SEATS = 10;

    private final MeetingService meetings;
    private final MeetingService.Roster roster;

    public RosterInvitation(MeetingService meetings, MeetingService.Roster roster) {
        this.meetings = meetings;
        this.roster = roster;
    }

    /**
     * What inviting these groups with that many seats per delegation would do; nothing is saved.
     *
     * @throws ValidationException when the seats are not 1 to {@link #MAX_SEATS} or no group is given
     */
    public InvitationPlan plan(UUID meetingId, int seats, Set<InvitationGroup> groups) {
        List<Problem> problems = new ArrayList<>();
        if (seats < 1 || seats > MAX_SEATS) {
            problems.add(Problem.of("seats", "meeting.invite.error.seats", seats, MAX_SEATS));
        }
        if (groups.isEmpty()) {
            problems.add(Problem.of("groups", "meeting.invite.error.noGroup"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Meeting m = meetings.meeting(meetingId).orElseThrow(
                () -> new ValidationException(List.of(Problem.of("meeting", "meeting.invite.error.noMeeting"))));
        Dialogue dialogue = roster.dialogues().find(m.dialogueId()).orElseThrow(
                () -> new ValidationException(List.of(Problem.of("dialogue", "meeting.error.dialogueUnknown"))));
        return new Planning(m, dialogue, seats).plan(EnumSet.copyOf(groups));
    }

    /**
     * Saves everyone the plan invites, all or nothing: a participant refused by the meeting's rules (one
     * added meanwhile, a second head) refuses the whole plan and nothing is saved.
     */
    public List<ParticipantSaved> apply(InvitationPlan plan) {
        return meetings.saveParticipants(plan.participants());
    }

    /** One plan's reading of the roster and the meeting. */
    private final class Planning {

        private final Meeting meeting;
        private final Dialogue dialogue;
        private final int seats;
        private final List<Participant> present;
        private final Set<UUID> seated = new HashSet<>();
        private final Map<String, List<Contact>> byCountry = new HashMap<>();
        private final Map<UUID, List<Contact>> byOrganisation = new HashMap<>();
        private final Map<UUID, Organisation> organisations = new HashMap<>();
        private final Map<UUID, Contact> active = new HashMap<>();

        Planning(Meeting meeting, Dialogue dialogue, int seats) {
            this.meeting = meeting;
            this.dialogue = dialogue;
            this.seats = seats;
            this.present = meetings.participants(meeting.id());
            present.stream().map(Participant::contactId).filter(Objects::nonNull).forEach(seated::add);
            roster.organisations().all().forEach(o -> organisations.put(o.meta().id(), o));
            for (Contact c : roster.contacts().all()) {
                active.put(c.id(), c);
                Contact.ContactDetails d = c.details();
                if (d.organisationId() != null) {
                    byOrganisation.computeIfAbsent(d.organisationId(), k -> new ArrayList<>()).add(c);
                }
                if (d.countryCode() != null && isNational(d)) {
                    byCountry.computeIfAbsent(d.countryCode(), k -> new ArrayList<>()).add(c);
                }
            }
        }

        /** A state's contact works for no organisation or for one of that state (a ministry, not IOM). */
        private boolean isNational(Contact.ContactDetails d) {
            return d.organisationId() == null || Optional.ofNullable(organisations.get(d.organisationId()))
                    .flatMap(Organisation::country).filter(d.countryCode()::equals).isPresent();
        }

        InvitationPlan plan(Set<InvitationGroup> groups) {
            Set<UUID> planned = new HashSet<>();
            List<DelegationPlan> delegations = new ArrayList<>();
            for (InvitationGroup group : groups) {
                for (Delegation d : delegations(group)) {
                    delegations.add(delegation(group, d, planned));
                }
            }
            return new InvitationPlan(meeting, seats, groups, delegations);
        }

        private List<Delegation> delegations(InvitationGroup group) {
            Optional<MembershipRole> role = switch (group) {
                case STATES -> Optional.of(MembershipRole.PARTNER_STATE);
                case AGENCIES -> Optional.of(MembershipRole.PARTNER_AGENCY);
                case OBSERVERS -> Optional.of(MembershipRole.OBSERVER);
                case EXPERTS -> Optional.empty();
            };
            if (role.isEmpty()) {
                return Optional.ofNullable(dialogue.secretariatId()).map(Delegation::ofOrganisation).stream().toList();
            }
            Map<Delegation, Localized> found = new LinkedHashMap<>();
            roster.memberships().forDialogue(dialogue.meta().id()).stream()
                    .filter(ms -> ms.role() == role.get() && ms.isActiveOn(meeting.startDate())
                            && ms.isActiveOn(meeting.endDate()))
                    .map(ms -> ms.isCountry() ? Delegation.ofCountry(ms.countryCode())
                            : Delegation.ofOrganisation(ms.organisationId()))
                    .forEach(d -> found.put(d, name(d)));
            return found.keySet().stream().sorted(Comparator.comparing((Delegation d) -> found.get(d).en())
                    .thenComparing(Delegation::toString)).toList();
        }

        private Localized name(Delegation d) {
            return DelegationNames.of(d, roster.countries()::find, id -> Optional.ofNullable(organisations.get(id)));
        }

        private DelegationPlan delegation(InvitationGroup group, Delegation d, Set<UUID> planned) {
            List<Participant> ofDelegation = present.stream().filter(p -> d.equals(p.delegation())
                    && p.status() != ParticipantStatus.DECLINED).toList();
            int taken = (int) ofDelegation.stream().filter(p -> p.category() == group.category()).count();
            String head = ofDelegation.stream().filter(p -> p.role() == ParticipantRole.HEAD_OF_DELEGATION)
                    .map(Participant::name).findFirst().orElse("");
            List<Contact> candidates = candidates(d);
            List<Participant> invited = new ArrayList<>();
            List<Skipped> skipped = new ArrayList<>();
            Map<String, String> names = new HashMap<>();
            present.stream().filter(p -> d.equals(p.delegation()))
                    .forEach(p -> names.putIfAbsent(NameFolding.nameKey(p.name()), p.name()));
            for (Contact c : candidates) {
                String sameName = names.get(NameFolding.nameKey(c.name()));
                if (seated.contains(c.id())) {
                    skipped.add(new Skipped(c.name(), SkipReason.ALREADY_PARTICIPANT, ""));
                } else if (planned.contains(c.id())) {
                    skipped.add(new Skipped(c.name(), SkipReason.INVITED_WITH_ANOTHER_DELEGATION, ""));
                } else if (sameName != null) {
                    skipped.add(new Skipped(c.name(), SkipReason.SAME_NAME, sameName));
                } else if (taken + invited.size() < seats) {
                    boolean heads = group.headed() && head.isEmpty() && invited.isEmpty();
                    invited.add(participant(c, d, group.category(),
                            heads ? ParticipantRole.HEAD_OF_DELEGATION : ParticipantRole.DELEGATE));
                    planned.add(c.id());
                    names.put(NameFolding.nameKey(c.name()), c.name());
                }
            }
            return new DelegationPlan(d, name(d), group.category(), candidates.size(), taken, head, invited, skipped);
        }

        /** The delegation's contacts: the focal point of the day, the contact points, then the others by name. */
        private List<Contact> candidates(Delegation d) {
            Map<UUID, Contact> all = new LinkedHashMap<>();
            List<ContactRole> roles = d.country().map(code -> roster.roles().forCountry(code).stream()
                    .filter(r -> r.dialogueId().equals(dialogue.meta().id()) && r.isActiveOn(meeting.startDate()))
                    .sorted(Comparator.comparing((ContactRole r) -> r.type() != ContactRoleType.NATIONAL_FOCAL_POINT)
                            .thenComparing(ContactRole::validFrom, Comparator.reverseOrder()))
                    .toList()).orElse(List.of());
            for (ContactRole r : roles) {
                Optional.ofNullable(active.get(r.contactId())).ifPresent(c -> all.putIfAbsent(c.id(), c));
            }
            List<Contact> others = d.country().map(code -> byCountry.getOrDefault(code, List.of()))
                    .orElseGet(() -> byOrganisation.getOrDefault(d.organisationId(), List.of()));
            others.stream().sorted(Comparator.comparing((Contact c) -> NameFolding.searchKey(c.name()))
                    .thenComparing(Contact::id)).forEach(c -> all.putIfAbsent(c.id(), c));
            return List.copyOf(all.values());
        }

        private Participant participant(Contact c, Delegation d, ParticipantCategory category, ParticipantRole role) {
            return new Participant(null, meeting.id(), c.id(), c.name(), c.details().nameAr(), Gender.UNDISCLOSED, d,
                    category, role, ParticipantStatus.INVITED, language(c), false, false, Logistics.NONE);
        }

        /** The first of the contact's languages the meeting works in, else the meeting's first working language. */
        private Lang language(Contact c) {
            return c.details().languages().stream().filter(meeting.workingLanguages()::contains).findFirst()
                    .orElseGet(() -> meeting.workingLanguages().stream().findFirst().orElse(Lang.EN));
        }
    }
}
