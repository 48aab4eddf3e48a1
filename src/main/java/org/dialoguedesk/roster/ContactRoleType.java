package org.dialoguedesk.roster;

public enum ContactRoleType {
    NATIONAL_FOCAL_POINT, CONTACT_POINT
}
