package org.dialoguedesk.questionnaire;

import java.util.Objects;
import org.dialoguedesk.common.Localized;

/**
 * A coded, labelled option: a choice of a choice question, or a row or column of a table question
 * (e.g. {@code land} "Land borders", {@code y2019} "2019"). A value of its question: it has no
 * record metadata of its own and changes with the question's revision.
 */
public record Choice(String code, Localized label) {

    public Choice {
        code = code == null ? "" : code.strip();
        Objects.requireNonNull(label, "label");
    }
}
