package org.dialoguedesk.questionnaire;

/** What kind of answer a question expects. */
public enum QuestionType {
    SHORT_TEXT, LONG_TEXT, INTEGER, DECIMAL, YEAR, DATE, YES_NO, SINGLE_CHOICE, MULTIPLE_CHOICE, URL_SOURCE, TABLE;

    /** Single and multiple choice questions need a list of choices; yes/no has its own. */
    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
