package org.dialoguedesk.profile;

import java.util.List;
import java.util.UUID;

/** What officers wrote about the sources of profiles, per profile and URL. */
public interface ProfileSourceRepository {

    /** The notes of one profile, in no particular order. */
    List<SourceNote> notes(UUID profileId);

    /** Saves a note (new, or stored at revision - 1); one per profile and URL. */
    void save(SourceNote note);
}
