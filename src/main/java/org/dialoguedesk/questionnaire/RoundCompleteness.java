package org.dialoguedesk.questionnaire;

import java.util.Map;
import java.util.UUID;

/**
 * How far each recipient's answers go ({@link Completeness}: questions answered, required ones
 * answered, accepted, flagged). The status board shows it beside the status, which only says that
 * an answer came back, not how much of it.
 *
 * <p>An implementation reads the answers stored for the round. A country with no answers on record
 * is left out of the map: its completeness is unknown, which is not the same as "0 answered" (an
 * answer may have come back by email and not been imported yet).
 */
public interface RoundCompleteness {

    /** The completeness of the recipients of the round that have answers on record, by ISO alpha-3 code. */
    Map<String, Completeness> of(UUID roundId);
}
