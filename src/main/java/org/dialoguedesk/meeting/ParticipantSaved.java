package org.dialoguedesk.meeting;

import java.util.List;
import org.dialoguedesk.common.Problem;

/**
 * A participant as saved, with what the officer should know but that did not stop the save (the
 * same person booked into another meeting on overlapping days).
 */
public record ParticipantSaved(Participant participant, List<Problem> warnings) {

    public ParticipantSaved {
        warnings = List.copyOf(warnings);
    }
}
