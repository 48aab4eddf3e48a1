package org.dialoguedesk.profile;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.dialoguedesk.common.RecordMeta;

/**
 * A section of one profile: its place in the template, workflow status, access level, who validated it
 * and when ({@code validatedBy}: an organisation's name or an officer), and a note on the last status
 * change (e.g. "edited after validation on 2026-11-23").
 */
public record ProfileSection(RecordMeta meta, UUID profileId, int position, String code, SectionStatus status,
                             Access access, String validatedBy, LocalDate validatedOn, String statusNote) {

    public ProfileSection {
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(status, "status");
        access = access == null ? Access.PUBLIC : access;
        validatedBy = validatedBy == null ? "" : validatedBy.strip();
        statusNote = statusNote == null ? "" : statusNote.strip();
    }

    public UUID id() {
        return meta.id();
    }

    ProfileSection with(RecordMeta newMeta, SectionStatus newStatus, String by, LocalDate on, String note) {
        return new ProfileSection(newMeta, profileId, position, code, newStatus, access, by, on, note);
    }

    ProfileSection withAccess(RecordMeta newMeta, Access newAccess) {
        return new ProfileSection(newMeta, profileId, position, code, status, newAccess, validatedBy, validatedOn,
                statusNote);
    }
}
