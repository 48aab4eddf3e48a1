package org.dialoguedesk.roster.ui;

import org.dialoguedesk.roster.Contact;

/** One line of the contacts table, with the organisation and country named in the UI language. */
public record ContactRow(Contact contact, String organisation, String country) {

    public String email() {
        return contact.emails().isEmpty() ? "" : contact.emails().get(0);
    }
}
