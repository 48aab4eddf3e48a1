package org.dialoguedesk.meeting;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Whom a participant comes with: a country's delegation (alpha-3 code) or an organisation's
 * (its roster id). Exactly one of the two is set.
 */
public record Delegation(String countryCode, UUID organisationId) {

    public Delegation {
        if ((countryCode == null) == (organisationId == null)) {
            throw new IllegalArgumentException("A delegation is a country or an organisation, not both or neither");
        }
    }

    public static Delegation ofCountry(String code) {
        return new Delegation(Objects.requireNonNull(code, "code"), null);
    }

    public static Delegation ofOrganisation(UUID id) {
        return new Delegation(null, Objects.requireNonNull(id, "id"));
    }

    public Optional<String> country() {
        return Optional.ofNullable(countryCode);
    }

    public Optional<UUID> organisation() {
        return Optional.ofNullable(organisationId);
    }
}
