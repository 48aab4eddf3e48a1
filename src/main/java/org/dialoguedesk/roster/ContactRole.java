package org.dialoguedesk.roster;

import java.time.LocalDate;
import java.util.UUID;
import org.dialoguedesk.common.RecordMeta;

/** A contact serving as focal or contact point of a country in a dialogue, from/to (inclusive). */
public record ContactRole(RecordMeta meta, UUID contactId, UUID dialogueId, String countryCode,
                          ContactRoleType type, LocalDate validFrom, LocalDate validTo) {

    public boolean isActiveOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}
