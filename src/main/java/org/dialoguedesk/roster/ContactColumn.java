package org.dialoguedesk.roster;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The fields a contact list can carry, in the order of the desk's own CSV header. Each field knows
 * the header it is exported under and the friendlier English and French headings officers give
 * their own spreadsheets ("Full name", "Courriel", "Pays"), so most files map themselves.
 */
public enum ContactColumn {
    NAME("name", "full name", "name of contact", "contact name", "nom", "nom complet", "nom et prénom", "prénom et nom"),
    NAME_AR("name_ar", "arabic name", "name (arabic)", "name in arabic", "nom arabe", "nom en arabe", "الاسم"),
    TITLE("title", "honorific", "salutation", "civilité", "titre"),
    POSITION("position", "job title", "function", "post", "fonction", "poste"),
    ORGANISATION("organisation", "organization", "institution", "ministry", "agency", "organisme", "ministère",
            "organisation key"),
    COUNTRY("country", "country code", "state", "pays", "code pays", "état"),
    EMAILS("emails", "email", "e-mail", "e-mails", "email address", "email addresses", "mail", "courriel",
            "courriels", "adresse électronique", "adresse e-mail"),
    PHONES("phones", "phone", "telephone", "telephones", "phone number", "tel", "tel.", "mobile", "téléphone",
            "téléphones", "tél.", "tél"),
    LANGUAGES("languages", "language", "working languages", "langues", "langue"),
    NOTES("notes", "note", "comments", "comment", "remarks", "remarques", "commentaires"),
    ROLE("role", "role type", "rôle", "fonction dans le dialogue"),
    DIALOGUE("dialogue", "process", "dialogue key", "processus"),
    ROLE_COUNTRY("role_country", "role country", "country represented", "pays représenté", "pays du rôle"),
    ROLE_FROM("role_from", "role from", "role start", "from", "since", "début", "depuis", "du"),
    ROLE_TO("role_to", "role to", "role end", "to", "until", "fin", "jusqu'au", "au"),
    CONSENT_BASIS("consent_basis", "consent basis", "legal basis", "base légale", "base du consentement"),
    CONSENT_DATE("consent_date", "consent date", "date of consent", "date du consentement"),
    CONSENT_SOURCE("consent_source", "consent source", "source", "source of data", "source du consentement"),
    /** Last, so that files written before it existed (without the column) still map and mean "no". */
    PUBLICATION_CONSENT("publication_consent", "publication consent", "consent to publication",
            "consent to publish", "publish", "publication", "consentement à la publication", "publier",
            "publication sur le site");

    private final String header;
    private final List<String> aliases;

    ContactColumn(String header, String... aliases) {
        this.header = header;
        this.aliases = List.of(aliases);
    }

    /** The heading used when the desk writes a contact list. */
    public String header() {
        return header;
    }

    public List<String> aliases() {
        return aliases;
    }

    /** The desk's own header row, in order: what exports write and the sample file uses. */
    public static List<String> standardHeader() {
        return Arrays.stream(values()).map(ContactColumn::header).toList();
    }

    /** The field a file heading stands for, ignoring case, accents, spaces, dashes and underscores. */
    public static Optional<ContactColumn> forHeading(String heading) {
        String wanted = key(heading);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (ContactColumn column : values()) {
            if (key(column.header).equals(wanted) || column.aliases.stream().anyMatch(a -> key(a).equals(wanted))) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static String key(String heading) {
        return NameFolding.fold(heading).replace(" ", "");
    }
}
