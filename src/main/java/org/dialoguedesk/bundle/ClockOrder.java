package org.dialoguedesk.bundle;

/** How one version clock stands to another: the same, strictly before, strictly after, or neither. */
public enum ClockOrder {
    EQUAL, BEFORE, AFTER, CONCURRENT
}
