package org.dialoguedesk.roster;

import org.dialoguedesk.common.Localized;

/** A state or territory by its ISO 3166-1 alpha-3 code (Kosovo as XKX), named in en/fr/ar. */
public record Country(String code, String alpha2, Region region, Localized name) {
}
