package org.dialoguedesk.roster;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ContactRepository {

    Optional<Contact> find(UUID id);

    /**
     * Active contacts whose name, Arabic name, organisation, country or email contain every word
     * of the query (already folded by {@link NameFolding#searchKey}), by name.
     */
    List<Contact> search(String foldedQuery, int limit);

    /** Active contacts having any of these emails (compared case-insensitively). */
    List<Contact> withEmails(Collection<String> emails);

    /** Active contacts whose folded name ({@link NameFolding#nameKey}) is this one. */
    List<Contact> withNameKey(String nameKey);

    /** The active contacts working for that organisation, by name. */
    List<Contact> ofOrganisation(UUID organisationId);

    /** Every active contact, by name. */
    List<Contact> all();

    int countActive();

    /** Inserts a new record (revision 1) or updates the stored one, which must be at revision - 1. */
    void save(Contact contact);

    /** Soft-deletes a contact that was merged into another; the row stays for history. */
    void markMerged(Contact merged, UUID into);
}
