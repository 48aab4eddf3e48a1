package org.dialoguedesk.meeting;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.roster.Organisation;

/**
 * A delegation's name in the three languages, for messages and previews said in the reader's language:
 * the country's name, or the organisation's acronym and name ("IOM — International Organization for
 * Migration"); the code or id when the roster no longer knows it, so a message never loses its subject.
 */
final class DelegationNames {

    private DelegationNames() {
    }

    static Localized of(Delegation d, Function<String, Optional<Country>> countries,
                        Function<UUID, Optional<Organisation>> organisations) {
        if (d.countryCode() != null) {
            return countries.apply(d.countryCode()).map(Country::name).orElse(Localized.of(d.countryCode()));
        }
        return organisations.apply(d.organisationId())
                .map(o -> new Localized(o.label(Lang.EN), o.label(Lang.FR), o.label(Lang.AR)))
                .orElse(Localized.of(d.organisationId().toString()));
    }
}
