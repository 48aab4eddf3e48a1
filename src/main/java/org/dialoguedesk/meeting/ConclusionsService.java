package org.dialoguedesk.meeting;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Officer;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.RecordMeta;
import org.dialoguedesk.common.ValidationException;

/**
 * Notes and conclusions under the Chatham House Rule: what was said is recorded, never who said it.
 * A note has no speaker field; notes and conclusions are refused, when saved and again when exported,
 * if their text contains the name of any participant of the meeting ({@link ParticipantNames}), and
 * the refusal lists the names found. Conclusions go draft → approved → final: approved may go back to
 * draft, final is published and never changes again; only a draft's text may be edited.
 */
public final class ConclusionsService {

    private final ChecklistRepository records;
    private final ParticipantRepository participants;
    private final Officer officer;
    private final Clock clock;

    public ConclusionsService(ChecklistRepository records, ParticipantRepository participants, Officer officer,
                              Clock clock) {
        this.records = records;
        this.participants = participants;
        this.officer = officer;
        this.clock = clock;
    }

    public List<SessionNote> notes(UUID meetingId) {
        return records.notes(meetingId);
    }

    /** Records a statement made in a session; refused when it names a participant. */
    public SessionNote addNote(UUID meetingId, UUID sessionId, String text) {
        refuseNames(meetingId, "text", text);
        SessionNote note = new SessionNote(RecordMeta.create(officer.name(), clock), meetingId, sessionId, text);
        records.saveNote(note);
        return note;
    }

    /** Rewrites a note's text (its session stays); refused, and nothing saved, when it names a participant. */
    public SessionNote editNote(SessionNote note, String text) {
        refuseNames(note.meetingId(), "text", text);
        SessionNote edited = new SessionNote(note.meta().touch(officer.name(), clock), note.meetingId(),
                note.sessionId(), text);
        records.saveNote(edited);
        return edited;
    }

    public Optional<Conclusions> conclusions(UUID meetingId, Lang lang) {
        return records.conclusions(meetingId).stream().filter(c -> c.language() == lang).findFirst();
    }

    /** Writes the conclusions' text in one language: new ones start as a draft; only a draft may be edited. */
    public Conclusions saveText(UUID meetingId, Lang lang, String text) {
        refuseNames(meetingId, "text", text);
        Optional<Conclusions> stored = conclusions(meetingId, lang);
        if (stored.isPresent() && stored.get().status() != ConclusionStatus.DRAFT) {
            throw refusal("meeting.conclusions.error.notDraft", stored.get().status().name());
        }
        Conclusions c = new Conclusions(stored.map(s -> s.meta().touch(officer.name(), clock))
                .orElseGet(() -> RecordMeta.create(officer.name(), clock)), meetingId, lang, text,
                ConclusionStatus.DRAFT);
        records.saveConclusions(c);
        return c;
    }

    /** Moves the conclusions to another status: draft → approved → final, or approved back to draft. */
    public Conclusions move(UUID meetingId, Lang lang, ConclusionStatus to) {
        Conclusions c = conclusions(meetingId, lang)
                .orElseThrow(() -> refusal("meeting.conclusions.error.none", lang.code()));
        if (!allowed(c.status(), to)) {
            throw refusal("meeting.conclusions.error.move", c.status().name(), to.name());
        }
        refuseNames(meetingId, "text", c.text());
        Conclusions moved = new Conclusions(c.meta().touch(officer.name(), clock), meetingId, lang, c.text(), to);
        records.saveConclusions(moved);
        return moved;
    }

    /** Whether conclusions may go from one status to the other. */
    public static boolean allowed(ConclusionStatus from, ConclusionStatus to) {
        return switch (from) {
            case DRAFT -> to == ConclusionStatus.APPROVED;
            case APPROVED -> to == ConclusionStatus.DRAFT || to == ConclusionStatus.FINAL;
            case FINAL -> false;
        };
    }

    /**
     * The conclusions as they may leave the desk: checked again against the participants as they are
     * now, since someone named in the text may have been added after it was written.
     */
    public Conclusions export(UUID meetingId, Lang lang) {
        Conclusions c = conclusions(meetingId, lang)
                .orElseThrow(() -> refusal("meeting.conclusions.error.none", lang.code()));
        refuseNames(meetingId, "text", c.text());
        return c;
    }

    private void refuseNames(UUID meetingId, String field, String text) {
        List<String> found = new ParticipantNames(participants.ofMeeting(meetingId)).foundIn(text);
        if (!found.isEmpty()) {
            throw new ValidationException(List.of(Problem.of(field, "meeting.conclusions.error.names",
                    String.join(", ", found))));
        }
    }

    private static ValidationException refusal(String key, Object... args) {
        return new ValidationException(List.of(Problem.of("status", key, args)));
    }
}
