package org.dialoguedesk.questionnaire;

/**
 * How far one country's answers go: of {@code questions} questions, {@code answered} have a value;
 * of the {@code required} ones, {@code requiredAnswered}; and how many answers the secretariat
 * accepted or flagged so far.
 */
public record Completeness(int questions, int answered, int required, int requiredAnswered, int accepted,
                           int flagged) {

    public static final Completeness NONE = new Completeness(0, 0, 0, 0, 0, 0);

    /** Answered over all questions, 0 to 1 (0 for a template without questions). */
    public double ratio() {
        return questions == 0 ? 0 : (double) answered / questions;
    }

    /** Every required question has a value. */
    public boolean requiredComplete() {
        return requiredAnswered == required;
    }
}
