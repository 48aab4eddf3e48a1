package org.dialoguedesk.roster;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ContactRoleRepository {

    List<ContactRole> forContact(UUID contactId);

    /** Every role held for this country in any dialogue, past and present. */
    List<ContactRole> forCountry(String countryCode);

    Optional<ContactRole> find(UUID id);

    /** Inserts a new record (revision 1) or updates the stored one, which must be at revision - 1. */
    void save(ContactRole role);
}
