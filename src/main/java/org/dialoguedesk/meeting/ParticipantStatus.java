package org.dialoguedesk.meeting;

/** Where an invitation stands; only {@code ATTENDED} counts in the meeting's published figures. */
public enum ParticipantStatus {
    INVITED, CONFIRMED, DECLINED, REGISTERED, ATTENDED, NO_SHOW
}
