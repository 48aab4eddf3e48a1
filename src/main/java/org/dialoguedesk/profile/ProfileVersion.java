package org.dialoguedesk.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.dialoguedesk.common.RecordMeta;

/** A published, numbered and dated version of a profile: what it said then, never changed afterwards. */
public record ProfileVersion(RecordMeta meta, UUID profileId, int number, LocalDate publishedOn,
                             List<VersionText> texts) {

    public ProfileVersion {
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(publishedOn, "publishedOn");
        texts = List.copyOf(texts);
    }
}
