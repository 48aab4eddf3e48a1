package org.dialoguedesk.app;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dialoguedesk.questionnaire.RoundRoster;
import org.dialoguedesk.roster.ContactRole;
import org.dialoguedesk.roster.ContactRoleRepository;
import org.dialoguedesk.roster.ContactRoleType;
import org.dialoguedesk.roster.Membership;
import org.dialoguedesk.roster.MembershipRole;
import org.dialoguedesk.roster.RosterService;

/** Rounds' view of the roster: partner states and national focal points of a dialogue on a day. */
final class RosterRoundRoster implements RoundRoster {

    private final RosterService roster;
    private final ContactRoleRepository roles;

    RosterRoundRoster(RosterService roster, ContactRoleRepository roles) {
        this.roster = roster;
        this.roles = roles;
    }

    @Override
    public boolean dialogueExists(UUID dialogueId) {
        return roster.dialogue(dialogueId).isPresent();
    }

    @Override
    public boolean countryExists(String countryCode) {
        return roster.country(countryCode).isPresent();
    }

    @Override
    public List<String> partnerStates(UUID dialogueId, LocalDate on) {
        return roster.members(dialogueId, on, Set.of(MembershipRole.PARTNER_STATE)).stream()
                .filter(Membership::isCountry).map(Membership::countryCode).distinct().sorted().toList();
    }

    /** When two roles overlap on that day, the one that started last. */
    @Override
    public Optional<UUID> focalPoint(UUID dialogueId, String countryCode, LocalDate on) {
        return roles.forCountry(countryCode).stream()
                .filter(r -> r.type() == ContactRoleType.NATIONAL_FOCAL_POINT && r.dialogueId().equals(dialogueId)
                        && r.isActiveOn(on))
                .max(Comparator.comparing(ContactRole::validFrom)).map(ContactRole::contactId);
    }
}
