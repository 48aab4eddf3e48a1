package org.dialoguedesk.roster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.Transactions;
import org.dialoguedesk.common.table.Table;
import org.dialoguedesk.common.table.TableFiles;
import org.dialoguedesk.common.table.TableFormatException;
import org.dialoguedesk.roster.Contact.ContactDetails;
import org.dialoguedesk.roster.ImportIssue.Severity;

/**
 * Imports a contact list (CSV or XLSX) in two steps: {@link #plan} checks every row and reports
 * every problem without writing anything; {@link #apply} writes the plan's contacts and roles in
 * one transaction, and only if the plan has no errors. A bad file therefore never leaves half a
 * roster behind. The window, the command line and the first-start sample data all go through here.
 */
public final class ContactImport {

    private final ContactService contacts;
    private final RosterService roster;
    private final TableFiles files;
    private final Transactions tx;

    public ContactImport(ContactService contacts, RosterService roster, TableFiles files, Transactions tx) {
        this.contacts = contacts;
        this.roster = roster;
        this.files = files;
        this.tx = tx;
    }

    /** Reads the file and checks it with the mapping guessed from its header. */
    public ImportPlan plan(Path file, ImportOptions options) {
        String source = file.getFileName().toString();
        Table table;
        try {
            table = read(file);
        } catch (TableFormatException e) {
            return new ImportPlan(source, 0, List.of(), List.of(ImportIssue.fileError(e.problem().orElseThrow())),
                    options);
        }
        return plan(source, table, ColumnMapping.guess(table.header()), options);
    }

    /**
     * Reads the file as a table, for a mapping step before {@link #plan(String, Table, ColumnMapping, ImportOptions)}.
     *
     * @throws TableFormatException always carrying a {@link Problem} the officer can be told in their language
     */
    public Table read(Path file) {
        try {
            return files.read(file);
        } catch (TableFormatException e) {
            if (e.problem().isPresent()) {
                throw e;
            }
            throw new TableFormatException(Problem.of("file", "import.file.unreadable", file.getFileName().toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }

    public ImportPlan plan(Table table, ColumnMapping mapping) {
        return plan("", table, mapping, ImportOptions.strict());
    }

    /** Checks every row of the table as the mapping reads it; writes nothing. */
    public ImportPlan plan(String source, Table table, ColumnMapping mapping, ImportOptions options) {
        List<ImportIssue> issues = new ArrayList<>();
        if (table.header().stream().allMatch(String::isBlank)) {
            issues.add(ImportIssue.fileError(Problem.of("file", "import.file.empty", source)));
            return new ImportPlan(source, 0, List.of(), issues, options);
        }
        if (!mapping.isMapped(ContactColumn.NAME)) {
            issues.add(ImportIssue.fileError(Problem.of("file", "import.error.nameColumnMissing",
                    String.join(", ", table.header()))));
        }
        for (int c = 0; c < table.header().size(); c++) {
            String heading = table.header().get(c);
            if (!heading.isBlank() && mapping.fieldOf(c).isEmpty()) {
                issues.add(new ImportIssue(1, heading, Severity.WARNING,
                        Problem.of("file", "import.warning.columnIgnored", heading)));
            }
        }
        if (table.rows().isEmpty()) {
            issues.add(ImportIssue.fileError(Problem.of("file", "import.error.noRows", source)));
        }
        if (issues.stream().anyMatch(ImportIssue::isError)) {
            return new ImportPlan(source, table.rows().size(), List.of(), issues, options);
        }
        return checkRows(source, table, mapping, options, issues);
    }

    private ImportPlan checkRows(String source, Table table, ColumnMapping mapping, ImportOptions options,
                                 List<ImportIssue> issues) {
        ContactRowParser parser = new ContactRowParser(mapping, new ImportReferences(roster));
        Map<String, Integer> rowOfEmail = new HashMap<>();
        Map<String, Integer> rowOfName = new HashMap<>();
        List<ImportPlan.Row> rows = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            int row = table.rowNumber(i);
            ContactRowParser.Parsed parsed = parser.parse(table.rows().get(i), row);
            List<ImportIssue> found = new ArrayList<>(parsed.issues());
            ContactDetails details = parsed.details();
            for (Problem p : contacts.validate(details)) {
                found.add(new ImportIssue(row, headingOf(p.field(), mapping), Severity.ERROR, p));
            }
            boolean skipped = false;
            if (!details.name().isEmpty() && found.stream().noneMatch(ImportIssue::isError)) {
                List<DuplicateCandidate> existing = contacts.duplicatesOf(details, null);
                if (!existing.isEmpty()) {
                    String other = existing.get(0).contact().name();
                    skipped = options.skipExistingDuplicates();
                    found.add(new ImportIssue(row, duplicateColumn(existing.get(0), mapping),
                            skipped ? Severity.SKIPPED : Severity.ERROR,
                            Problem.of("contact", skipped ? "import.skipped.existingDuplicate"
                                    : "import.error.existingDuplicate", other)));
                }
            }
            if (!skipped) {
                // a row left out cannot clash with the rows that are imported
                found.addAll(duplicatesInFile(details, row, mapping, options, rowOfEmail, rowOfName));
            }
            issues.addAll(found);
            if (!skipped && found.stream().noneMatch(ImportIssue::isError)) {
                rows.add(new ImportPlan.Row(row, details, parsed.role()));
            }
        }
        return new ImportPlan(source, table.rows().size(), rows, issues, options);
    }

    private static List<ImportIssue> duplicatesInFile(ContactDetails details, int row, ColumnMapping mapping,
                                                      ImportOptions options, Map<String, Integer> rowOfEmail,
                                                      Map<String, Integer> rowOfName) {
        List<ImportIssue> found = new ArrayList<>();
        Severity severity = options.keepDuplicatesInFile() ? Severity.WARNING : Severity.ERROR;
        boolean keep = options.keepDuplicatesInFile();
        String emailKey = keep ? "import.warning.duplicateEmailInFile" : "import.error.duplicateEmailInFile";
        String nameKey = keep ? "import.warning.duplicateNameInFile" : "import.error.duplicateNameInFile";
        for (String email : details.emails()) {
            Integer first = rowOfEmail.putIfAbsent(email.toLowerCase(Locale.ROOT), row);
            if (first != null && first != row) {
                found.add(new ImportIssue(row, mapping.heading(ContactColumn.EMAILS), severity,
                        Problem.of("emails", emailKey, email, String.valueOf(first))));
            }
        }
        if (!details.name().isEmpty()) {
            Integer first = rowOfName.putIfAbsent(NameFolding.nameKey(details.name()), row);
            if (first != null) {
                found.add(new ImportIssue(row, mapping.heading(ContactColumn.NAME), severity,
                        Problem.of("name", nameKey, String.valueOf(first))));
            }
        }
        return found;
    }

    private static String duplicateColumn(DuplicateCandidate candidate, ColumnMapping mapping) {
        return mapping.heading(candidate.reason() == DuplicateCandidate.Reason.SAME_EMAIL
                ? ContactColumn.EMAILS : ContactColumn.NAME);
    }

    /** The file heading for a validator's field name ("emails" → the column mapped to emails). */
    private static String headingOf(String field, ColumnMapping mapping) {
        return switch (field) {
            case "name" -> mapping.heading(ContactColumn.NAME);
            case "emails" -> mapping.heading(ContactColumn.EMAILS);
            case "phones" -> mapping.heading(ContactColumn.PHONES);
            case "country" -> mapping.heading(ContactColumn.COUNTRY);
            case "organisation" -> mapping.heading(ContactColumn.ORGANISATION);
            case "consent" -> mapping.heading(ContactColumn.CONSENT_DATE);
            default -> "";
        };
    }

    /**
     * Writes the plan's contacts and roles, all or nothing. Duplicates are checked again inside the
     * transaction: someone may have added the same person since the plan was made.
     *
     * @throws ImportRefusedException when the plan has errors or the roster changed meanwhile
     */
    public ImportResult apply(ImportPlan plan) {
        if (plan.hasErrors()) {
            throw new ImportRefusedException("import.refused", plan.errors(), plan.errors().size());
        }
        return tx.inTransaction(() -> {
            List<Contact> created = new ArrayList<>();
            Set<UUID> createdIds = new HashSet<>();
            int roles = 0;
            long skipped = plan.skippedCount();
            for (ImportPlan.Row row : plan.rows()) {
                boolean duplicate = contacts.duplicatesOf(row.details(), null).stream()
                        .anyMatch(d -> !createdIds.contains(d.contact().id()));
                if (duplicate && plan.options().skipExistingDuplicates()) {
                    skipped++;
                    continue;
                }
                if (duplicate) {
                    throw new ImportRefusedException("import.refused.changed", List.of(new ImportIssue(row.row(), "",
                            Severity.ERROR, Problem.of("contact", "import.refused.changed"))));
                }
                Contact contact = contacts.create(row.details());
                created.add(contact);
                createdIds.add(contact.id());
                if (row.role().isPresent()) {
                    ImportPlan.PlannedRole r = row.role().get();
                    ContactRole role = contacts.addRole(contact.id(), r.dialogueId(), r.countryCode(), r.type(), r.from());
                    if (r.to() != null) {
                        contacts.endRole(role.meta().id(), r.to());
                    }
                    roles++;
                }
            }
            return new ImportResult(created, roles, skipped, plan.issues());
        });
    }
}
