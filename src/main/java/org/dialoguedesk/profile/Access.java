package org.dialoguedesk.profile;

/** Who may read a profile or a section: everyone, or the dialogue's partners only. */
public enum Access {
    PUBLIC, RESTRICTED
}
