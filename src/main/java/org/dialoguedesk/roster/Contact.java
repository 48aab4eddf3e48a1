package org.dialoguedesk.roster;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.RecordMeta;

/**
 * A person in a ministry or agency. Optional texts are empty strings, never null; the references
 * (organisation, country, consent) may be null.
 */
public record Contact(RecordMeta meta, ContactDetails details) {

    public UUID id() {
        return meta.id();
    }

    public String name() {
        return details.name();
    }

    public List<String> emails() {
        return details.emails();
    }

    /**
     * The editable part of a contact, without its record metadata: what forms and imports produce.
     *
     * @param publicationConsent whether the contact agreed to be named (name, organisation, role) on the
     *                           publication website; no unless said otherwise
     */
    public record ContactDetails(String name, String nameAr, String title, String position,
                                 UUID organisationId, String countryCode, List<String> emails,
                                 List<String> phones, Set<Lang> languages, String notes, Consent consent,
                                 boolean publicationConsent) {

        public ContactDetails {
            name = clean(name);
            nameAr = clean(nameAr);
            title = clean(title);
            position = clean(position);
            notes = notes == null ? "" : notes.strip();
            emails = emails.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            phones = phones.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            // in the order given: the first is the language the contact mainly works in
            languages = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(languages));
        }

        /** Details of a contact who has not agreed to be published (the default). */
        public ContactDetails(String name, String nameAr, String title, String position, UUID organisationId,
                              String countryCode, List<String> emails, List<String> phones, Set<Lang> languages,
                              String notes, Consent consent) {
            this(name, nameAr, title, position, organisationId, countryCode, emails, phones, languages, notes,
                    consent, false);
        }

        public Optional<Consent> consentRecord() {
            return Optional.ofNullable(consent);
        }

        private static String clean(String s) {
            return s == null ? "" : s.strip().replaceAll("\\s+", " ");
        }
    }
}
