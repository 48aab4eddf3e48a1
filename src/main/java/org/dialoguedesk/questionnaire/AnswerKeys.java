package org.dialoguedesk.questionnaire;

import java.util.ArrayList;
import java.util.List;

/**
 * The answer keys of a question, in the order a form lays them out: the code itself for a simple
 * question, one {@link AnswerCell#choiceKey} per choice of a multiple choice question, one
 * {@link AnswerCell#tableKey} per cell of a table, row by row. The note key is not a value key.
 */
public final class AnswerKeys {

    private AnswerKeys() {
    }

    public static List<String> of(Question q) {
        return switch (q.type()) {
            case MULTIPLE_CHOICE -> q.choices().stream().map(c -> AnswerCell.choiceKey(q.code(), c.code())).toList();
            case TABLE -> {
                List<String> keys = new ArrayList<>();
                for (Choice row : q.rows()) {
                    for (Choice column : q.columns()) {
                        keys.add(AnswerCell.tableKey(q.code(), row.code(), column.code()));
                    }
                }
                yield keys;
            }
            default -> List.of(q.code());
        };
    }

    /** Every value key and note key of a version, as a form of it must map them. */
    public static List<String> allOf(TemplateVersion version) {
        List<String> keys = new ArrayList<>();
        for (Question q : version.questions()) {
            keys.addAll(of(q));
            keys.add(AnswerCell.noteKey(q.code()));
        }
        return keys;
    }

    /** The question code of a key: {@code q_detect_01:land:y2019} and {@code q_bg_01#note} give the code. */
    public static String questionCode(String key) {
        int end = key.length();
        int colon = key.indexOf(':');
        int hash = key.indexOf('#');
        if (colon >= 0) {
            end = colon;
        }
        if (hash >= 0 && hash < end) {
            end = hash;
        }
        return key.substring(0, end);
    }
}
