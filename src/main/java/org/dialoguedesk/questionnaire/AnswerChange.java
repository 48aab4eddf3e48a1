package org.dialoguedesk.questionnaire;

/**
 * One value that a new copy of a country's answers would change: the answer key (or the note key),
 * what is stored now and what would replace it ("" for nothing).
 */
public record AnswerChange(String key, String before, String after) {

    public AnswerChange {
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }

    public String questionCode() {
        return AnswerKeys.questionCode(key);
    }
}
