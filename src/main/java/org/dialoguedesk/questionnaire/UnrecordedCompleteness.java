package org.dialoguedesk.questionnaire;

import java.util.Map;
import java.util.UUID;

/**
 * The completeness of every recipient while the desk stores no answers: unknown. It stands in the
 * wiring until answer storage exists, so the board shows "—" rather than a figure nobody measured.
 */
public final class UnrecordedCompleteness implements RoundCompleteness {

    @Override
    public Map<String, Completeness> of(UUID roundId) {
        return Map.of();
    }
}
