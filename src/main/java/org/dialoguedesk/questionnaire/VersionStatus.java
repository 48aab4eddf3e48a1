package org.dialoguedesk.questionnaire;

/** A DRAFT version may still be edited; a FROZEN one (used by a round) never changes again. */
public enum VersionStatus {
    DRAFT, FROZEN
}
