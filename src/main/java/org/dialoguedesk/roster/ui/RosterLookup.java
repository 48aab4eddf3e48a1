package org.dialoguedesk.roster.ui;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.roster.Organisation;
import org.dialoguedesk.roster.RosterService;
import org.dialoguedesk.ui.I18n;

/**
 * The reference lists the contact screens name things by (countries, organisations, dialogues),
 * read once on the store thread and then only read: safe to share with later jobs.
 */
record RosterLookup(List<Country> countries, List<Organisation> organisations, List<Dialogue> dialogues,
                    Map<String, Country> countryByCode, Map<UUID, Organisation> organisationById,
                    Map<UUID, Dialogue> dialogueById) {

    static RosterLookup load(RosterService roster, I18n i18n) {
        List<Country> countries = countries(roster, i18n);
        List<Organisation> organisations = organisations(roster, i18n);
        List<Dialogue> dialogues = roster.dialogues().stream().sorted(dialogueOrder(i18n)).toList();
        return new RosterLookup(countries, organisations, dialogues,
                countries.stream().collect(Collectors.toMap(Country::code, Function.identity())),
                organisations.stream().collect(Collectors.toMap(o -> o.meta().id(), Function.identity())),
                dialogues.stream().collect(Collectors.toMap(d -> d.meta().id(), Function.identity())));
    }

    /** Every country, by its name in the window's language. */
    static List<Country> countries(RosterService roster, I18n i18n) {
        Collator collator = Collator.getInstance(i18n.lang().locale());
        return roster.countries().stream()
                .sorted(Comparator.comparing((Country c) -> i18n.text(c.name()), collator)).toList();
    }

    /** Every organisation, by its label in the window's language. */
    static List<Organisation> organisations(RosterService roster, I18n i18n) {
        Collator collator = Collator.getInstance(i18n.lang().locale());
        return roster.organisations().stream()
                .sorted(Comparator.comparing((Organisation o) -> o.label(i18n.lang()), collator)).toList();
    }

    /** Dialogues in the order of the labels the screens show them by (acronym in the window's language). */
    static Comparator<Dialogue> dialogueOrder(I18n i18n) {
        return Comparator.comparing((Dialogue d) -> i18n.text(d.acronym()), Collator.getInstance(i18n.lang().locale()));
    }

    String countryName(String code, I18n i18n) {
        if (code == null) {
            return "";
        }
        Country c = countryByCode.get(code);
        return c == null ? code : i18n.text(c.name());
    }

    String organisationName(UUID id, I18n i18n) {
        Organisation o = id == null ? null : organisationById.get(id);
        return o == null ? "" : o.label(i18n.lang());
    }

    String dialogueName(UUID id, I18n i18n) {
        Dialogue d = id == null ? null : dialogueById.get(id);
        return d == null ? "" : i18n.text(d.acronym());
    }
}
