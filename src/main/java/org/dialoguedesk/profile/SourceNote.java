package org.dialoguedesk.profile;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.dialoguedesk.common.RecordMeta;

/**
 * What an officer wrote about one source of a profile: a title to show instead of the link text (empty:
 * the link text) and the day the address was last checked (null: never recorded).
 */
public record SourceNote(RecordMeta meta, UUID profileId, String url, String title, LocalDate accessed) {

    public SourceNote {
        Objects.requireNonNull(profileId, "profileId");
        url = url == null ? "" : url.strip();
        title = title == null ? "" : title.strip();
    }
}
