package org.dialoguedesk.questionnaire;

import java.util.Map;
import java.util.UUID;

/**
 * How far each recipient's answers go: of the questions the round's template version requires, how
 * many the country has answered. The status board shows it beside the status, which only says that
 * an answer came back, not how much of it.
 *
 * <p>An implementation reads the answers stored for the round. A country with no answers on record
 * is left out of the map: its completeness is unknown, which is not the same as "0 answered" (an
 * answer may have come back by email and not been imported yet).
 */
public interface RoundCompleteness {

    /** The completeness of the recipients of the round that have answers on record, by ISO alpha-3 code. */
    Map<String, Completeness> of(UUID roundId);

    /**
     * {@code answered} of the {@code required} questions of the version have an answer; a table
     * question counts as one question.
     */
    record Completeness(int answered, int required) {

        public Completeness {
            if (required < 0 || answered < 0 || answered > required) {
                throw new IllegalArgumentException("answered " + answered + " of " + required + " required");
            }
        }

        /** From 0 to 1; 1 when nothing is required. */
        public double share() {
            return required == 0 ? 1 : (double) answered / required;
        }

        public boolean isComplete() {
            return answered == required;
        }
    }
}
