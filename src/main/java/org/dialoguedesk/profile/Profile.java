package org.dialoguedesk.profile;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.RecordMeta;

/**
 * A profile being drafted on a template: of a country ({@code countryCode}), a route (its countries in
 * order along it), a hub or a city ({@code place}, named in English, French and Arabic).
 * {@code sourceLanguage} is the language the text is written in first; the other two are translations of it.
 */
public record Profile(RecordMeta meta, String key, ProfileKind kind, UUID templateId, UUID dialogueId,
                      String countryCode, Localized place, List<String> routeCountries, Localized title,
                      Access access, Lang sourceLanguage) {

    public Profile {
        key = key == null ? "" : key.strip();
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(templateId, "templateId");
        place = place == null ? Localized.of("") : place;
        routeCountries = routeCountries == null ? List.of() : List.copyOf(routeCountries);
        Objects.requireNonNull(title, "title");
        access = access == null ? Access.PUBLIC : access;
        sourceLanguage = sourceLanguage == null ? Lang.EN : sourceLanguage;
    }

    /** A profile whose place (if any) is named in English only. */
    public Profile(RecordMeta meta, String key, ProfileKind kind, UUID templateId, UUID dialogueId,
                   String countryCode, String place, List<String> routeCountries, Localized title, Access access,
                   Lang sourceLanguage) {
        this(meta, key, kind, templateId, dialogueId, countryCode, Localized.of(place), routeCountries, title, access,
                sourceLanguage);
    }

    public UUID id() {
        return meta.id();
    }
}
