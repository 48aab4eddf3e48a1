package org.dialoguedesk.meeting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Meetings with their co-chairs, and their agendas. Saves insert revision 1 or update from revision - 1. */
public interface MeetingRepository {

    /** Meetings not deleted, the latest first. */
    List<Meeting> all();

    Optional<Meeting> find(UUID id);

    /** Writes the meeting row and replaces its co-chairs; the caller runs it in a transaction. */
    void save(Meeting meeting);

    /** The sessions not deleted, by day, start time and ordinal. */
    List<AgendaSession> sessions(UUID meetingId);

    void saveSession(AgendaSession session);

    /** Soft-deletes a session (its notes still point at it). */
    void deleteSession(AgendaSession session);
}
