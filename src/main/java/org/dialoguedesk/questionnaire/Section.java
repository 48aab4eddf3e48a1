package org.dialoguedesk.questionnaire;

import java.util.List;
import java.util.Objects;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.RecordMeta;

/**
 * A titled part of a template version (e.g. "Detection"), holding its questions in order. The code
 * is the XLSForm group name. {@code meta} is null for a section not yet saved.
 */
public record Section(RecordMeta meta, String code, Localized title, List<Question> questions) {

    public Section {
        code = code == null ? "" : code.strip();
        Objects.requireNonNull(title, "title");
        questions = List.copyOf(questions);
    }

    public Section withQuestions(List<Question> newQuestions) {
        return new Section(meta, code, title, newQuestions);
    }

    Section withMeta(RecordMeta newMeta) {
        return new Section(newMeta, code, title, questions);
    }

    /** The same content, as a new record (used when a version is copied into a new one). */
    Section asNew() {
        return new Section(null, code, title, questions.stream().map(Question::asNew).toList());
    }
}
