package org.dialoguedesk.meeting;

import java.util.List;
import java.util.UUID;

/** A meeting's checklist, and the record of what was said and concluded there. */
public interface ChecklistRepository {

    /** The meeting's checklist items, earliest due first (most days before). */
    List<ChecklistItem> items(UUID meetingId);

    void saveItem(ChecklistItem item);

    /** The notes of the meeting's sessions, in the order they were written. */
    List<SessionNote> notes(UUID meetingId);

    void saveNote(SessionNote note);

    /** The meeting's conclusions, one per language that has them. */
    List<Conclusions> conclusions(UUID meetingId);

    void saveConclusions(Conclusions conclusions);
}
