package org.dialoguedesk.meeting;

/** Recorded for the meeting's statistics only; a participant may choose not to say. */
public enum Gender {
    FEMALE, MALE, UNDISCLOSED
}
