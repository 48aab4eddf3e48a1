package org.dialoguedesk.roster;

import java.time.LocalDate;

/** On what basis the secretariat keeps a contact's personal data, since when, and where it was given. */
public record Consent(ConsentBasis basis, LocalDate date, String source) {

    public Consent {
        source = source == null ? "" : source.strip();
    }
}
