package org.dialoguedesk.questionnaire;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a country stands in a round. The allowed moves follow the exercise: a questionnaire is sent,
 * perhaps reminded (more than once), answered in part or in full, reviewed and accepted; a review
 * that flags problems sends the answer back to ANSWER_PARTIAL.
 */
public enum RecipientStatus {
    NOT_SENT, SENT, REMINDED, ANSWER_PARTIAL, ANSWER_COMPLETE, UNDER_REVIEW, ACCEPTED;

    /** The statuses a recipient in this status may move to. */
    public Set<RecipientStatus> next() {
        return switch (this) {
            case NOT_SENT -> EnumSet.of(SENT);
            case SENT, REMINDED -> EnumSet.of(REMINDED, ANSWER_PARTIAL, ANSWER_COMPLETE);
            case ANSWER_PARTIAL -> EnumSet.of(ANSWER_COMPLETE, UNDER_REVIEW);
            case ANSWER_COMPLETE -> EnumSet.of(UNDER_REVIEW);
            case UNDER_REVIEW -> EnumSet.of(ACCEPTED, ANSWER_PARTIAL);
            case ACCEPTED -> EnumSet.noneOf(RecipientStatus.class);
        };
    }

    public boolean canMoveTo(RecipientStatus target) {
        return next().contains(target);
    }

    /** An answer came back: counted in the response rate, never overdue. */
    public boolean isAnswered() {
        return compareTo(ANSWER_PARTIAL) >= 0;
    }
}
