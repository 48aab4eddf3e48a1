package org.dialoguedesk.roster;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The roster's organisations, countries and dialogues indexed by every name a spreadsheet may use
 * for them: keys and codes, acronyms, and names in English, French or Arabic (compared folded, so
 * "Sénégal", "senegal" and "SEN" all find Senegal). Built once per import check.
 */
final class ImportReferences {

    /** How a lookup went: found, not known, or known under that name more than once. */
    sealed interface Lookup<T> permits Found, Unknown, Ambiguous {
    }

    record Found<T>(T value) implements Lookup<T> {
    }

    record Unknown<T>() implements Lookup<T> {
    }

    record Ambiguous<T>() implements Lookup<T> {
    }

    private final Map<String, UUID> organisationsByKey = new HashMap<>();
    private final Map<String, List<UUID>> organisationsByName = new HashMap<>();
    private final Map<String, String> countries = new HashMap<>();
    private final Map<UUID, String> countryOfOrganisation = new HashMap<>();
    private final RosterService roster;

    ImportReferences(RosterService roster) {
        this.roster = roster;
        for (Organisation o : roster.organisations()) {
            UUID id = o.meta().id();
            o.country().ifPresent(code -> countryOfOrganisation.put(id, code));
            if (!o.refKey().isEmpty()) {
                organisationsByKey.put(o.refKey().toUpperCase(Locale.ROOT), id);
            }
            for (String name : List.of(o.acronym(), o.name().en(), o.name().fr(), o.name().ar())) {
                String key = NameFolding.fold(name);
                if (!key.isEmpty()) {
                    List<UUID> ids = organisationsByName.computeIfAbsent(key, k -> new java.util.ArrayList<>());
                    if (!ids.contains(id)) {
                        ids.add(id);
                    }
                }
            }
        }
        for (Country c : roster.countries()) {
            countries.put(c.code().toUpperCase(Locale.ROOT), c.code());
            for (String name : List.of(c.name().en(), c.name().fr(), c.name().ar())) {
                String key = NameFolding.fold(name);
                if (!key.isEmpty()) {
                    countries.putIfAbsent(key, c.code());
                }
            }
        }
    }

    /**
     * By key first (IOM, MAR_MOI), then by acronym or name in any language; a name several
     * ministries share ("Ministry of the Interior") is settled by the contact's country when given.
     */
    Lookup<UUID> organisation(String text, String countryCode) {
        UUID byKey = organisationsByKey.get(text.strip().toUpperCase(Locale.ROOT));
        if (byKey != null) {
            return new Found<>(byKey);
        }
        List<UUID> byName = organisationsByName.getOrDefault(NameFolding.fold(text), List.of());
        if (byName.size() > 1 && countryCode != null) {
            byName = byName.stream().filter(id -> countryCode.equals(countryOfOrganisation.get(id))).toList();
            return byName.size() == 1 ? new Found<>(byName.get(0)) : new Ambiguous<>();
        }
        if (byName.size() > 1) {
            return new Ambiguous<>();
        }
        return byName.isEmpty() ? new Unknown<>() : new Found<>(byName.get(0));
    }

    /** The alpha-3 code of a country given by code or by its English, French or Arabic name. */
    Optional<String> country(String text) {
        String code = countries.get(text.strip().toUpperCase(Locale.ROOT));
        return Optional.ofNullable(code != null ? code : countries.get(NameFolding.fold(text)));
    }

    Optional<Dialogue> dialogue(String text) {
        return roster.dialogueByKey(text);
    }
}
