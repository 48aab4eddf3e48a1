package org.dialoguedesk.roster;

import org.dialoguedesk.common.Problem;

/**
 * One finding of an import check, pointing at the file row (as the spreadsheet numbers it; 0 for
 * the whole file) and the file's own column heading (empty for the whole row or file).
 */
public record ImportIssue(int row, String column, Severity severity, Problem problem) {

    /** ERROR stops the import; SKIPPED leaves out one row; WARNING is only said. */
    public enum Severity {
        ERROR, SKIPPED, WARNING
    }

    public ImportIssue {
        column = column == null ? "" : column;
    }

    public static ImportIssue fileError(Problem problem) {
        return new ImportIssue(0, "", Severity.ERROR, problem);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
