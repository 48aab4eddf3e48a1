package org.dialoguedesk.roster.ui;

import org.dialoguedesk.roster.ContactRole;

/** One line of a contact's roles history. */
public record RoleRow(ContactRole role, String dialogue, String country) {
}
