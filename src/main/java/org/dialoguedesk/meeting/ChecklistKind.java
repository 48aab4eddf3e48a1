package org.dialoguedesk.meeting;

/**
 * The preparation steps of a meeting, each with how many days before the first day it is usually
 * due (the secretariat's rule of thumb; an item may be given other days).
 */
public enum ChecklistKind {
    INVITATIONS(56), VISA_LETTERS(42), HOTEL_BLOCK(42), INTERPRETERS(30), DOCUMENTS(14), BADGES(3);

    private final int usualDaysBefore;

    ChecklistKind(int usualDaysBefore) {
        this.usualDaysBefore = usualDaysBefore;
    }

    public int usualDaysBefore() {
        return usualDaysBefore;
    }
}
