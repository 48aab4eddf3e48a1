package org.dialoguedesk.meeting;

import java.util.UUID;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.RecordMeta;

/** The co-chairs' conclusions of a meeting in one language (one record per meeting and language). */
public record Conclusions(RecordMeta meta, UUID meetingId, Lang language, String text, ConclusionStatus status) {

    public Conclusions {
        text = text == null ? "" : text.strip();
    }
}
