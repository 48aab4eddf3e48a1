package org.dialoguedesk.common;

import java.util.List;
import java.util.stream.Collectors;

/** Input was refused; nothing was changed. Carries every problem found, not just the first. */
public class ValidationException extends DeskException {

    private final transient List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + Messages.english().format(p))
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
