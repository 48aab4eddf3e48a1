package org.dialoguedesk.questionnaire;

import java.util.Map;

/**
 * A country's accepted answers of an earlier round of the same template, as they fit the questions of
 * a new round: values by answer key and notes by note key, canonical text. Empty when there are none.
 */
public record PreviousAnswers(String roundTitle, Map<String, String> values) {

    public static final PreviousAnswers NONE = new PreviousAnswers("", Map.of());

    public PreviousAnswers {
        roundTitle = roundTitle == null ? "" : roundTitle;
        values = Map.copyOf(values);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** Whether any value or note of the question comes from the earlier round. */
    public boolean covers(Question q) {
        return values.containsKey(AnswerCell.noteKey(q.code()))
                || AnswerKeys.of(q).stream().anyMatch(values::containsKey);
    }
}
