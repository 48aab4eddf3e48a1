package org.dialoguedesk.questionnaire.ui;

import org.dialoguedesk.questionnaire.Round;

/** A round in the rounds list: its dialogue's label and how many of its recipients answered. */
public record RoundRow(Round round, String dialogue, int answered, int total) {
}
