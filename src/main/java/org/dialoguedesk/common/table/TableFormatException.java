package org.dialoguedesk.common.table;

import java.util.Optional;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.common.Problem;

/**
 * A file could not be read as a table at all; the message says what is wrong and where. When built
 * from a {@link Problem}, the window and the command line can say it in the officer's language.
 */
public class TableFormatException extends DeskException {

    private final transient Problem problem;

    public TableFormatException(String message) {
        super(message);
        this.problem = null;
    }

    public TableFormatException(String message, Throwable cause) {
        super(message, cause);
        this.problem = null;
    }

    /** The English message comes from the bundle, so both say the same thing. */
    public TableFormatException(Problem problem, Throwable cause) {
        super(Messages.english().format(problem), cause);
        this.problem = problem;
    }

    public TableFormatException(Problem problem) {
        this(problem, null);
    }

    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }
}
