package org.dialoguedesk.app;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.questionnaire.FormRoster;
import org.dialoguedesk.roster.ContactService;
import org.dialoguedesk.roster.RosterService;

/** Forms' view of the roster: country and dialogue names, focal points' names and languages. */
final class RosterFormRoster implements FormRoster {

    private final RosterService roster;
    private final ContactService contacts;

    RosterFormRoster(RosterService roster, ContactService contacts) {
        this.roster = roster;
        this.contacts = contacts;
    }

    @Override
    public Optional<Localized> countryName(String countryCode) {
        return roster.country(countryCode).map(c -> c.name());
    }

    @Override
    public Optional<Localized> dialogueName(UUID dialogueId) {
        return roster.dialogue(dialogueId).map(d -> d.name());
    }

    /** The Arabic spelling of the name on Arabic forms when the roster has one. */
    @Override
    public Optional<String> contactName(UUID contactId, Lang lang) {
        return contacts.find(contactId).map(c -> lang == Lang.AR && !c.details().nameAr().isEmpty()
                ? c.details().nameAr() : c.name());
    }

    @Override
    public Set<Lang> contactLanguages(UUID contactId) {
        return contacts.find(contactId).map(c -> c.details().languages()).orElse(Set.of());
    }
}
