package org.dialoguedesk.roster;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface MembershipRepository {

    /** Every membership of the dialogue, past and present, ordered by start date. */
    List<Membership> forDialogue(UUID dialogueId);

    List<Membership> forCountry(String countryCode);

    List<Membership> forOrganisation(UUID organisationId);

    Optional<Membership> find(UUID id);

    /** Inserts a new record (revision 1) or updates the stored one, which must be at revision - 1. */
    void save(Membership membership);
}
