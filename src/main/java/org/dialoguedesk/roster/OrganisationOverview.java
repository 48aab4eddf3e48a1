package org.dialoguedesk.roster;

import java.util.List;
import java.util.Optional;

/**
 * What the organisations screen shows of one organisation: its country (if it has one), its
 * memberships in the dialogues (oldest first) and its contacts (by name).
 */
public record OrganisationOverview(Organisation organisation, Optional<Country> country,
                                   List<Membership> memberships, List<Contact> contacts) {

    public OrganisationOverview {
        memberships = List.copyOf(memberships);
        contacts = List.copyOf(contacts);
    }
}
