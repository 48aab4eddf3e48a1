package org.dialoguedesk.meeting;

public enum MeetingStatus {
    PLANNED, CONFIRMED, HELD, CANCELLED
}
