package org.dialoguedesk.roster;

public enum MembershipRole {
    PARTNER_STATE, OBSERVER, PARTNER_AGENCY, STEERING_COMMITTEE, CHAIR
}
