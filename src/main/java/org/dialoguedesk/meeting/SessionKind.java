package org.dialoguedesk.meeting;

/** What a slot of the agenda is; breaks (coffee, lunch) are slots too, so the day reads whole. */
public enum SessionKind {
    OPENING, PLENARY, PANEL, WORKING_GROUP, BREAK, CLOSING
}
