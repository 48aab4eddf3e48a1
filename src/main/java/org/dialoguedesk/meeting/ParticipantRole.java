package org.dialoguedesk.meeting;

/** A participant's part in the meeting: the colour of the badge. */
public enum ParticipantRole {
    HEAD_OF_DELEGATION, DELEGATE, CO_CHAIR, SPEAKER, INTERPRETER, STAFF
}
