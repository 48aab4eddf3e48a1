package org.dialoguedesk.questionnaire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.dialoguedesk.common.RecordMeta;

/**
 * A country's answer to one question of a round: its values by answer key (see {@link AnswerKeys}), in
 * canonical text (see {@link AnswerValues}), the "national definition differs" note, where it came
 * from, and the secretariat's review of it. An answer with no values may still carry a note.
 */
public record Answer(RecordMeta meta, UUID recipientId, String questionCode, Map<String, String> values,
                     String note, AnswerSource source, String sourceFile, ReviewState review,
                     String reviewComment) {

    public Answer {
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(questionCode, "questionCode");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(review, "review");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        note = note == null ? "" : note.strip();
        sourceFile = sourceFile == null ? "" : sourceFile;
        reviewComment = reviewComment == null ? "" : reviewComment.strip();
    }

    public UUID id() {
        return meta.id();
    }

    /** Same values and note: what decides whether a new copy changes anything. */
    public boolean sameContent(Map<String, String> otherValues, String otherNote) {
        return values.equals(otherValues) && note.equals(otherNote == null ? "" : otherNote.strip());
    }

    Answer withContent(RecordMeta newMeta, Map<String, String> newValues, String newNote, AnswerSource newSource,
                       String newFile) {
        return new Answer(newMeta, recipientId, questionCode, newValues, newNote, newSource, newFile,
                ReviewState.PENDING, "");
    }

    Answer withReview(RecordMeta newMeta, ReviewState state, String comment) {
        return new Answer(newMeta, recipientId, questionCode, values, note, source, sourceFile, state, comment);
    }
}
