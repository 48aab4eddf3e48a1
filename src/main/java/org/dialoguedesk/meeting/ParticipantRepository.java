package org.dialoguedesk.meeting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ParticipantRepository {

    /** The meeting's participants not deleted, by name. */
    List<Participant> ofMeeting(UUID meetingId);

    /**
     * The meeting's participants who may be this person: the same roster contact (when given) or the
     * same folded name ({@link org.dialoguedesk.roster.NameFolding#nameKey}).
     */
    List<Participant> sameContactOrName(UUID meetingId, UUID contactId, String nameKey);

    /** Every participation of a roster contact, in any meeting. */
    List<Participant> ofContact(UUID contactId);

    Optional<Participant> find(UUID id);

    /** Every participant not deleted whose passport data is kept, in any meeting. */
    List<Participant> withPassport();

    /** Inserts a new record (revision 1) or updates the stored one, which must be at revision - 1. */
    void save(Participant participant);
}
