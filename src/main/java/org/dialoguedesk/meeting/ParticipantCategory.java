package org.dialoguedesk.meeting;

/**
 * What a participant represents at the meeting. {@code HOST} is the host's organising staff
 * (protocol, logistics), not the host state's delegation, which is a {@code PARTNER_STATE} one.
 */
public enum ParticipantCategory {
    PARTNER_STATE, PARTNER_AGENCY, OBSERVER, EXPERT, SECRETARIAT, HOST
}
