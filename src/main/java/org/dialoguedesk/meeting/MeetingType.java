package org.dialoguedesk.meeting;

/** The kinds of meetings the dialogues hold, from the smallest to the most formal. */
public enum MeetingType {
    INFORMAL, EXPERT, THEMATIC, WORKSHOP, SENIOR_OFFICIALS, MINISTERIAL
}
