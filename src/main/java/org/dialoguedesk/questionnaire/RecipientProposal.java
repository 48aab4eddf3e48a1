package org.dialoguedesk.questionnaire;

import java.util.Objects;
import java.util.UUID;

/**
 * A country a new round would go to by default, with the national focal point the roster gives for
 * it (null when it has none): what the officer ticks or unticks before opening the round.
 */
public record RecipientProposal(String countryCode, UUID focalPointId) {

    public RecipientProposal {
        Objects.requireNonNull(countryCode, "countryCode");
    }
}
