package org.dialoguedesk.roster;

import java.util.UUID;

/** Who joins a dialogue: a country or an organisation. */
public sealed interface MemberRef {

    record OfCountry(String code) implements MemberRef {
    }

    record OfOrganisation(UUID id) implements MemberRef {
    }
}
