package org.dialoguedesk.roster;

import java.util.Optional;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.RecordMeta;

/**
 * A ministry, national body, partner agency, EU or AU body or civil-society organisation.
 *
 * @param refKey short stable key for files and the command line (e.g. {@code IOM}); may be empty
 * @param countryCode the country of a ministry or national body, or null
 */
public record Organisation(RecordMeta meta, String refKey, String acronym, Localized name,
                           OrganisationType type, String countryCode) {

    public Organisation {
        refKey = refKey == null ? "" : refKey.strip();
        acronym = acronym == null ? "" : acronym.strip();
    }

    public Optional<String> country() {
        return Optional.ofNullable(countryCode);
    }

    /** "IOM — International Organization for Migration", or just the name. */
    public String label(Lang lang) {
        String n = name.in(lang);
        return acronym.isEmpty() || acronym.equals(n) ? n : acronym + " — " + n;
    }
}
