package org.dialoguedesk.roster;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.table.Table;
import org.dialoguedesk.roster.Contact.ContactDetails;
import org.dialoguedesk.roster.ImportIssue.Severity;
import org.dialoguedesk.roster.ImportPlan.PlannedRole;

/**
 * Turns one spreadsheet row into a contact's details and role, resolving organisation, country and
 * dialogue names, and collects what it cannot understand as issues naming the file's own column.
 */
final class ContactRowParser {

    /** Separates several emails, phones or languages in one cell. */
    static final String LIST_SEPARATOR = ";";
    /** What a publication consent cell may say, folded; the export writes the first of each. */
    static final List<String> YES = List.of("yes", "y", "true", "1", "oui", "o", "x");
    static final List<String> NO = List.of("no", "n", "false", "0", "non");

    private static final List<Messages> LABEL_LANGUAGES = Arrays.stream(Lang.values()).map(Messages::new).toList();

    private final ColumnMapping mapping;
    private final ImportReferences references;

    /** What one row gave: details (always, possibly partial), a role if the row has one, and issues. */
    record Parsed(ContactDetails details, Optional<PlannedRole> role, List<ImportIssue> issues) {
    }

    ContactRowParser(ColumnMapping mapping, ImportReferences references) {
        this.mapping = mapping;
        this.references = references;
    }

    Parsed parse(List<String> cells, int row) {
        List<ImportIssue> issues = new ArrayList<>();
        String country = countryOf(cells, ContactColumn.COUNTRY, row, issues);
        UUID organisationId = null;
        String organisation = cell(cells, ContactColumn.ORGANISATION);
        if (!organisation.isEmpty()) {
            ImportReferences.Lookup<UUID> found = references.organisation(organisation, country);
            if (found instanceof ImportReferences.Found<UUID> f) {
                organisationId = f.value();
            } else {
                String key = found instanceof ImportReferences.Ambiguous<UUID>
                        ? "import.error.organisationAmbiguous" : "import.error.organisationUnknown";
                issues.add(error(row, ContactColumn.ORGANISATION, key, organisation));
            }
        }
        Set<Lang> languages = new LinkedHashSet<>();
        for (String code : list(cell(cells, ContactColumn.LANGUAGES))) {
            language(code).ifPresentOrElse(languages::add,
                    () -> issues.add(error(row, ContactColumn.LANGUAGES, "import.error.languageUnknown", code)));
        }
        ContactDetails details = new ContactDetails(cell(cells, ContactColumn.NAME), cell(cells, ContactColumn.NAME_AR),
                cell(cells, ContactColumn.TITLE), cell(cells, ContactColumn.POSITION), organisationId, country,
                list(cell(cells, ContactColumn.EMAILS)), list(cell(cells, ContactColumn.PHONES)), languages,
                cell(cells, ContactColumn.NOTES), consent(cells, row, issues), publicationConsent(cells, row, issues));
        return new Parsed(details, role(cells, row, country, issues), issues);
    }

    private Consent consent(List<String> cells, int row, List<ImportIssue> issues) {
        String basisText = cell(cells, ContactColumn.CONSENT_BASIS);
        LocalDate date = date(cells, ContactColumn.CONSENT_DATE, row, issues);
        String source = cell(cells, ContactColumn.CONSENT_SOURCE);
        if (basisText.isEmpty() && date == null && source.isEmpty()) {
            return null;
        }
        ConsentBasis basis = null;
        if (!basisText.isEmpty()) {
            basis = constant(ConsentBasis.class, basisText).orElse(null);
            if (basis == null) {
                issues.add(error(row, ContactColumn.CONSENT_BASIS, "import.error.consentBasisUnknown", basisText));
            }
        }
        return new Consent(basis, date, source);
    }

    /** Yes or no in English or French (or 1/0, true/false); an empty cell or a missing column is no. */
    private boolean publicationConsent(List<String> cells, int row, List<ImportIssue> issues) {
        String text = cell(cells, ContactColumn.PUBLICATION_CONSENT);
        String folded = NameFolding.fold(text);
        if (YES.contains(folded)) {
            return true;
        }
        if (!folded.isEmpty() && !NO.contains(folded)) {
            issues.add(error(row, ContactColumn.PUBLICATION_CONSENT, "import.error.publicationConsentInvalid", text));
        }
        return false;
    }

    private Optional<PlannedRole> role(List<String> cells, int row, String contactCountry, List<ImportIssue> issues) {
        String typeText = cell(cells, ContactColumn.ROLE);
        String dialogueText = cell(cells, ContactColumn.DIALOGUE);
        LocalDate from = date(cells, ContactColumn.ROLE_FROM, row, issues);
        LocalDate to = date(cells, ContactColumn.ROLE_TO, row, issues);
        if (typeText.isEmpty()) {
            if (!dialogueText.isEmpty() || from != null || to != null) {
                issues.add(error(row, ContactColumn.ROLE, "import.error.roleMissing"));
            }
            return Optional.empty();
        }
        int before = issues.size();
        Optional<ContactRoleType> type = constant(ContactRoleType.class, typeText);
        if (type.isEmpty()) {
            issues.add(error(row, ContactColumn.ROLE, "import.error.roleUnknown", typeText));
        }
        UUID dialogueId = null;
        if (dialogueText.isEmpty()) {
            issues.add(error(row, ContactColumn.DIALOGUE, "import.error.roleNeedsDialogue"));
        } else {
            Optional<Dialogue> dialogue = references.dialogue(dialogueText);
            if (dialogue.isEmpty()) {
                issues.add(error(row, ContactColumn.DIALOGUE, "import.error.dialogueUnknown", dialogueText));
            } else {
                dialogueId = dialogue.get().meta().id();
            }
        }
        String roleCountry = cell(cells, ContactColumn.ROLE_COUNTRY).isEmpty() ? contactCountry
                : countryOf(cells, ContactColumn.ROLE_COUNTRY, row, issues);
        if (roleCountry == null && cell(cells, ContactColumn.ROLE_COUNTRY).isEmpty()) {
            issues.add(error(row, ContactColumn.ROLE_COUNTRY, "import.error.roleNeedsCountry"));
        }
        if (from == null && cell(cells, ContactColumn.ROLE_FROM).isEmpty()) {
            issues.add(error(row, ContactColumn.ROLE_FROM, "import.error.roleNeedsFrom"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            issues.add(error(row, ContactColumn.ROLE_TO, "import.error.roleEndsBeforeStart", to.toString(),
                    from.toString()));
        }
        if (issues.size() > before || type.isEmpty() || dialogueId == null || roleCountry == null || from == null) {
            return Optional.empty();
        }
        return Optional.of(new PlannedRole(dialogueId, roleCountry, type.get(), from, to));
    }

    private String countryOf(List<String> cells, ContactColumn column, int row, List<ImportIssue> issues) {
        String text = cell(cells, column);
        if (text.isEmpty()) {
            return null;
        }
        Optional<String> code = references.country(text);
        if (code.isEmpty()) {
            issues.add(error(row, column, "import.error.countryUnknown", text));
        }
        return code.orElse(null);
    }

    private LocalDate date(List<String> cells, ContactColumn column, int row, List<ImportIssue> issues) {
        String text = cell(cells, column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            issues.add(error(row, column, "import.error.dateInvalid", text));
            return null;
        }
    }

    /** "NATIONAL_FOCAL_POINT", "national focal point" or the label in any interface language. */
    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String text) {
        String wanted = NameFolding.fold(text);
        for (E value : type.getEnumConstants()) {
            if (NameFolding.fold(value.name()).equals(wanted)
                    || LABEL_LANGUAGES.stream().anyMatch(m -> NameFolding.fold(m.name(value)).equals(wanted))) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static Optional<Lang> language(String text) {
        return Lang.fromCode(text).or(() -> constant(Lang.class, text));
    }

    private String cell(List<String> cells, ContactColumn column) {
        return Table.cell(cells, mapping.column(column).orElse(-1)).strip();
    }

    private static List<String> list(String cell) {
        return Arrays.stream(cell.split(LIST_SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private ImportIssue error(int row, ContactColumn column, String key, Object... args) {
        return new ImportIssue(row, mapping.heading(column), Severity.ERROR, Problem.of(column.header(), key, args));
    }
}
