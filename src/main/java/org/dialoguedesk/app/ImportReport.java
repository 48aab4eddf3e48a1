package org.dialoguedesk.app;

import java.util.List;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.roster.ImportIssue;
import org.dialoguedesk.roster.ImportPlan;

/** An import check said as text lines for the command line, one per issue, in the officer's language. */
final class ImportReport {

    private final Messages messages;

    ImportReport(Messages messages) {
        this.messages = messages;
    }

    List<String> lines(List<ImportIssue> issues) {
        return issues.stream().map(this::line).toList();
    }

    /** {@code row 7, column email: "x@" is not an email address.} */
    String line(ImportIssue issue) {
        String text = messages.format(issue.problem());
        if (issue.row() == 0) {
            return text;
        }
        String row = String.valueOf(issue.row());
        String key = switch (issue.severity()) {
            case ERROR -> issue.column().isEmpty() ? "import.report.rowError" : "import.report.error";
            case SKIPPED -> issue.column().isEmpty() ? "import.report.rowSkipped" : "import.report.skipped";
            case WARNING -> issue.column().isEmpty() ? "import.report.rowWarning" : "import.report.warning";
        };
        return issue.column().isEmpty() ? messages.get(key, row, text) : messages.get(key, row, issue.column(), text);
    }

    /** The one-line reason a refused import gives: the only problem, or the count and the first. */
    String refusal(ImportPlan plan) {
        List<ImportIssue> errors = plan.errors();
        if (errors.size() == 1 && errors.get(0).row() == 0) {
            return messages.format(errors.get(0).problem());
        }
        return messages.get("import.refused.first", errors.size(), plan.source(), line(errors.get(0)));
    }
}
