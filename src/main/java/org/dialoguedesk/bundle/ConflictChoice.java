package org.dialoguedesk.bundle;

/** Which copy's value the officer keeps for one field of a conflicting record. */
public enum ConflictChoice {
    LOCAL, INCOMING
}
