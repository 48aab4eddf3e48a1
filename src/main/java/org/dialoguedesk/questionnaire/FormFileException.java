package org.dialoguedesk.questionnaire;

import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.common.Problem;

/** A returned form could not be read at all; the problem names the file and says why, in any language. */
public class FormFileException extends DeskException {

    private final transient Problem problem;

    public FormFileException(Problem problem) {
        super(Messages.english().format(problem));
        this.problem = problem;
    }

    public FormFileException(Problem problem, Throwable cause) {
        super(Messages.english().format(problem), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
