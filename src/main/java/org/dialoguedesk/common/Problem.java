package org.dialoguedesk.common;

import java.util.List;

/**
 * One thing wrong with user input: which field (or column, or cell) and a message key with its
 * arguments, so the window and the command line can both say it in the officer's language.
 */
public record Problem(String field, String messageKey, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String field, String messageKey, Object... args) {
        return new Problem(field, messageKey, List.of(args));
    }
}
