package org.dialoguedesk.questionnaire.ui;

import org.dialoguedesk.questionnaire.RecipientStatus;

/** How many recipients of the round are in one status, and their share of all recipients (0 to 1). */
public record RoundStatusCount(RecipientStatus status, int count, double share) {
}
