package org.dialoguedesk.questionnaire;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface RoundRepository {

    /** Every round, newest first. */
    List<Round> all();

    Optional<Round> find(UUID id);

    /** Inserts a new record (revision 1) or updates the stored one, which must be at revision - 1. */
    void save(Round round);
}
