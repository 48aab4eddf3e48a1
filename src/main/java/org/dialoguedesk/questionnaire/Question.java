package org.dialoguedesk.questionnaire;

import java.util.List;
import java.util.Objects;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.RecordMeta;

/**
 * One question of a template version. The code (e.g. {@code q_detect_01}) is stable across versions,
 * so answers of successive rounds can be compared. {@code unit} is for DECIMAL questions ("persons",
 * "%", "EUR"); {@code choices} for choice questions; {@code rows} and {@code columns} for TABLE
 * questions (e.g. border types × years). {@code meta} is null for a question not yet saved.
 */
public record Question(RecordMeta meta, String code, QuestionType type, boolean required, Localized label,
                       Localized help, Localized definition, String unit, List<Choice> choices,
                       List<Choice> rows, List<Choice> columns) {

    private static final Localized NONE = new Localized("", "", "");

    public Question {
        code = code == null ? "" : code.strip();
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        help = help == null ? NONE : help;
        definition = definition == null ? NONE : definition;
        unit = unit == null ? "" : unit.strip();
        choices = choices == null ? List.of() : List.copyOf(choices);
        rows = rows == null ? List.of() : List.copyOf(rows);
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /** A new question of a simple type: no unit, choices, rows or columns. */
    public static Question simple(String code, QuestionType type, boolean required, Localized label) {
        return new Question(null, code, type, required, label, NONE, NONE, "", List.of(), List.of(), List.of());
    }

    Question withMeta(RecordMeta newMeta) {
        return new Question(newMeta, code, type, required, label, help, definition, unit, choices, rows, columns);
    }

    Question asNew() {
        return withMeta(null);
    }

}
