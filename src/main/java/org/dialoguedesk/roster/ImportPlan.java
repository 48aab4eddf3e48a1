package org.dialoguedesk.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dialoguedesk.roster.Contact.ContactDetails;

/**
 * What an import would do, worked out before anything is written: the contacts to create (with
 * their role), and every problem found, row by row. The officer sees this report first (the
 * command line's {@code --dry-run} prints it), and {@link ContactImport#apply} writes it only when
 * it has no errors.
 */
public record ImportPlan(String source, int rowCount, List<Row> rows, List<ImportIssue> issues,
                         ImportOptions options) {

    /** A contact to create from file row {@code row}, with the role the row gives it, if any. */
    public record Row(int row, ContactDetails details, Optional<PlannedRole> role) {
    }

    /** A focal or contact point role as the file states it; {@code to} may be null (still serving). */
    public record PlannedRole(UUID dialogueId, String countryCode, ContactRoleType type, LocalDate from,
                              LocalDate to) {
    }

    public ImportPlan {
        rows = List.copyOf(rows);
        issues = List.copyOf(issues);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(ImportIssue::isError);
    }

    public List<ImportIssue> errors() {
        return issues.stream().filter(ImportIssue::isError).toList();
    }

    public long skippedCount() {
        return issues.stream().filter(i -> i.severity() == ImportIssue.Severity.SKIPPED)
                .mapToInt(ImportIssue::row).distinct().count();
    }
}
