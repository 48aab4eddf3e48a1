package org.dialoguedesk.questionnaire;

/** Where the secretariat's check of one answer stands. A FLAGGED answer carries a comment saying why. */
public enum ReviewState {
    PENDING, ACCEPTED, FLAGGED
}
