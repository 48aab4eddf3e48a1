package org.dialoguedesk.roster;

import java.util.List;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Messages;

/** An import was refused and nothing was written; {@link #issues()} says row by row why. */
public class ImportRefusedException extends DeskException {

    private final transient List<ImportIssue> issues;

    public ImportRefusedException(String messageKey, List<ImportIssue> issues, Object... args) {
        super(Messages.english().get(messageKey, args));
        this.issues = List.copyOf(issues);
    }

    public List<ImportIssue> issues() {
        return issues;
    }
}
