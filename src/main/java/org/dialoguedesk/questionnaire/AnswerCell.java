package org.dialoguedesk.questionnaire;

import java.util.Objects;

/**
 * Where one answer goes in a fillable workbook: the key ({@code q_code} for a simple question,
 * {@code q_code:row:column} for a table cell, {@code q_code:choice} for a choice of a multiple choice
 * question, {@code q_code#note} for the "national definition differs" note), the sheet and the cell
 * ({@code C7}).
 */
public record AnswerCell(String key, String sheet, String cell) {

    public AnswerCell {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(cell, "cell");
    }

    public static String tableKey(String questionCode, String rowCode, String columnCode) {
        return questionCode + ":" + rowCode + ":" + columnCode;
    }

    public static String choiceKey(String questionCode, String choiceCode) {
        return questionCode + ":" + choiceCode;
    }

    public static String noteKey(String questionCode) {
        return questionCode + "#note";
    }

    /** {@code Sheet!C7}, as written into the fingerprint. */
    public String address() {
        return sheet + "!" + cell;
    }
}
