package org.dialoguedesk.roster;

import java.util.List;

/** What an applied import wrote: contacts and roles created, rows left out, and the plan's report. */
public record ImportResult(List<Contact> created, int rolesCreated, long skipped, List<ImportIssue> issues) {

    public ImportResult {
        created = List.copyOf(created);
        issues = List.copyOf(issues);
    }
}
