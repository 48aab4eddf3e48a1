package org.dialoguedesk.roster;

public enum DialogueStatus {
    ACTIVE, CONCLUDED
}
