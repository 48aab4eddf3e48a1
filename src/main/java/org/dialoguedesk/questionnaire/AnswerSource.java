package org.dialoguedesk.questionnaire;

/** How an answer reached the desk: read from a returned workbook, or typed in by an officer. */
public enum AnswerSource {
    IMPORTED, TYPED
}
