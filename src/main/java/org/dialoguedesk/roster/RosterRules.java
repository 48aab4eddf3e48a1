package org.dialoguedesk.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.dialoguedesk.common.Problem;

/**
 * What an organisation or a dialogue must be before it is saved, as problems per field so that a
 * form can show each under its field. Keys are what files and the command line name records by,
 * so they stay plain (upper-case letters, digits, underscore) and unique.
 */
final class RosterRules {

    /** The first year a dialogue may have started; the latest is next year (one being prepared). */
    static final int FIRST_START_YEAR = 1950;
    private static final Pattern KEY = Pattern.compile("[A-Z0-9_]{1,32}");
    private static final Set<OrganisationType> NEED_COUNTRY = Set.of(OrganisationType.MINISTRY,
            OrganisationType.NATIONAL_BODY);

    private final CountryRepository countries;
    private final OrganisationRepository organisations;
    private final DialogueRepository dialogues;
    private final Clock clock;

    RosterRules(CountryRepository countries, OrganisationRepository organisations, DialogueRepository dialogues,
                Clock clock) {
        this.countries = countries;
        this.organisations = organisations;
        this.dialogues = dialogues;
        this.clock = clock;
    }

    /** @param self the organisation being edited (its own key is not a clash), or null for a new one */
    List<Problem> checkOrganisation(Organisation o, UUID self) {
        List<Problem> problems = new ArrayList<>();
        if (!o.refKey().isEmpty()) {
            checkKey(o.refKey(), organisations.findByKey(o.refKey()).map(x -> x.meta().id()), self,
                    "organisation.error.keyTaken", problems);
        }
        if (o.name().en().isEmpty()) {
            problems.add(Problem.of("name", "organisation.error.nameRequired"));
        }
        if (o.type() == null) {
            problems.add(Problem.of("type", "organisation.error.typeRequired"));
        }
        if (o.countryCode() == null || o.countryCode().isBlank()) {
            if (NEED_COUNTRY.contains(o.type())) {
                problems.add(Problem.of("country", "organisation.error.countryRequired"));
            }
        } else if (countries.find(o.countryCode()).isEmpty()) {
            problems.add(Problem.of("country", "organisation.error.countryUnknown", o.countryCode()));
        }
        return problems;
    }

    /** @param self the dialogue being edited, or null for a new one */
    List<Problem> checkDialogue(Dialogue d, UUID self) {
        List<Problem> problems = new ArrayList<>();
        if (d.key() == null || d.key().isBlank()) {
            problems.add(Problem.of("key", "dialogue.error.keyRequired"));
        } else {
            checkKey(d.key(), dialogues.findByKey(d.key()).map(x -> x.meta().id()), self,
                    "dialogue.error.keyTaken", problems);
        }
        if (d.acronym().en().isEmpty()) {
            problems.add(Problem.of("acronym", "dialogue.error.acronymRequired"));
        }
        if (d.name().en().isEmpty()) {
            problems.add(Problem.of("name", "dialogue.error.nameRequired"));
        }
        int lastYear = LocalDate.now(clock).getYear() + 1;
        if (d.startYear() != null && (d.startYear() < FIRST_START_YEAR || d.startYear() > lastYear)) {
            problems.add(Problem.of("startYear", "dialogue.error.startYearRange", String.valueOf(FIRST_START_YEAR),
                    String.valueOf(lastYear)));
        }
        if (d.secretariatId() != null && organisations.find(d.secretariatId()).isEmpty()) {
            problems.add(Problem.of("secretariat", "dialogue.error.secretariatUnknown"));
        }
        if (d.status() == null) {
            problems.add(Problem.of("status", "dialogue.error.statusRequired"));
        }
        return problems;
    }

    private static void checkKey(String key, Optional<UUID> holder, UUID self, String takenMessage,
                                 List<Problem> problems) {
        if (!KEY.matcher(key).matches()) {
            problems.add(Problem.of("key", "roster.error.keyFormat", key));
        } else if (holder.isPresent() && !holder.get().equals(self)) {
            problems.add(Problem.of("key", takenMessage, key));
        }
    }
}
