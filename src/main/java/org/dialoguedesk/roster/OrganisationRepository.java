package org.dialoguedesk.roster;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface OrganisationRepository {

    /** Organisations not deleted, by English name. */
    List<Organisation> all();

    Optional<Organisation> find(UUID id);

    Optional<Organisation> findByKey(String refKey);

    /** Inserts a new record (revision 1) or updates the stored one, which must be at revision - 1. */
    void save(Organisation organisation);
}
