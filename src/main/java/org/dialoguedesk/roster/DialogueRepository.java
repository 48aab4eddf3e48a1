package org.dialoguedesk.roster;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface DialogueRepository {

    /** Dialogues not deleted, by English name. */
    List<Dialogue> all();

    Optional<Dialogue> find(UUID id);

    Optional<Dialogue> findByKey(String key);

    /** Inserts a new record (revision 1) or updates the stored one, which must be at revision - 1. */
    void save(Dialogue dialogue);
}
