package org.dialoguedesk.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.RecordMeta;

/**
 * One slot of a meeting's agenda. Chair and speakers are free text as the agenda prints them
 * ("Representative of Senegal", a name and function), not links to participants.
 *
 * @param ordinal position in the agenda, from 1; sessions are shown by day, start time, then ordinal
 * @param language the language the session is held in (the floor language)
 * @param interpreted whether the booths work during this session
 */
public record AgendaSession(RecordMeta meta, UUID meetingId, int ordinal, LocalDate day, LocalTime start,
                            LocalTime end, Localized title, SessionKind kind, String chair, List<String> speakers,
                            Lang language, boolean interpreted) {

    public AgendaSession {
        chair = chair == null ? "" : chair.strip();
        speakers = speakers.stream().map(s -> s.strip().replaceAll("\\s+", " ")).filter(s -> !s.isEmpty()).toList();
    }

    public UUID id() {
        return meta.id();
    }

    public AgendaSession withMeta(RecordMeta newMeta) {
        return new AgendaSession(newMeta, meetingId, ordinal, day, start, end, title, kind, chair, speakers, language,
                interpreted);
    }
}
