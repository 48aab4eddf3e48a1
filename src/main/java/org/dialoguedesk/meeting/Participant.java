package org.dialoguedesk.meeting;

import java.util.Optional;
import java.util.UUID;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.RecordMeta;

/**
 * A person invited to a meeting. A draft not yet saved has a null {@code meta}.
 *
 * @param contactId the roster contact this is, or null for someone not in the roster
 * @param name the name in Latin script, as on the badge
 * @param nameAr the name in Arabic script, or empty when not known
 * @param language the working language: letters are written to the participant in it
 * @param consentToList whether the participant agreed to appear on the participant list
 * @param sample true for the fictional participants of the sample meeting
 */
public record Participant(RecordMeta meta, UUID meetingId, UUID contactId, String name, String nameAr, Gender gender,
                          Delegation delegation, ParticipantCategory category, ParticipantRole role,
                          ParticipantStatus status, Lang language, boolean consentToList, boolean sample,
                          Logistics logistics) {

    public Participant {
        name = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        nameAr = nameAr == null ? "" : nameAr.strip().replaceAll("\\s+", " ");
        logistics = logistics == null ? Logistics.NONE : logistics;
    }

    public UUID id() {
        return meta.id();
    }

    public Optional<UUID> contact() {
        return Optional.ofNullable(contactId);
    }

    public Participant withMeta(RecordMeta newMeta) {
        return new Participant(newMeta, meetingId, contactId, name, nameAr, gender, delegation, category, role, status,
                language, consentToList, sample, logistics);
    }
}
