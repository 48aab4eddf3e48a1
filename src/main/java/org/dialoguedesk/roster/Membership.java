package org.dialoguedesk.roster;

import java.time.LocalDate;
import java.util.UUID;
import org.dialoguedesk.common.RecordMeta;

/**
 * A country's or an organisation's place in a dialogue over a period: exactly one of
 * {@code countryCode} and {@code organisationId} is set; {@code validTo} null means still current.
 */
public record Membership(RecordMeta meta, UUID dialogueId, String countryCode, UUID organisationId,
                         MembershipRole role, LocalDate validFrom, LocalDate validTo, String note) {

    public Membership {
        note = note == null ? "" : note.strip();
    }

    public boolean isCountry() {
        return countryCode != null;
    }

    /** Member on that day: from and to are both inclusive. */
    public boolean isActiveOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    public boolean isEnded() {
        return validTo != null;
    }
}
