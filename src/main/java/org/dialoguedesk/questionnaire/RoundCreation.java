package org.dialoguedesk.questionnaire;

import java.util.List;

/** A round just created, its recipients, and the countries the roster gives no focal point for. */
public record RoundCreation(Round round, List<Recipient> recipients, List<String> withoutFocalPoint) {

    public RoundCreation {
        recipients = List.copyOf(recipients);
        withoutFocalPoint = List.copyOf(withoutFocalPoint);
    }
}
