package org.dialoguedesk.meeting;

import java.util.UUID;
import org.dialoguedesk.common.RecordMeta;

/**
 * What was said in a session, recorded under the Chatham House Rule: the record has no field for who
 * said it, so no note can carry a speaker's name by construction (the text is the officer's to keep
 * free of names).
 */
public record SessionNote(RecordMeta meta, UUID meetingId, UUID sessionId, String text) {

    public SessionNote {
        text = text == null ? "" : text.strip();
    }
}
