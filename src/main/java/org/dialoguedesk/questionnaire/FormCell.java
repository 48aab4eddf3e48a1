package org.dialoguedesk.questionnaire;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What one answer cell of a returned workbook holds, as the spreadsheet typed it: nothing, text, a
 * number, a date (a number in a date format), a true/false, or a formula error. {@code text} is
 * always what the cell shows, for reports.
 */
public record FormCell(Kind kind, String text, BigDecimal number, LocalDate date) {

    public enum Kind { BLANK, TEXT, NUMBER, DATE, BOOLEAN, ERROR }

    public static final FormCell BLANK = new FormCell(Kind.BLANK, "", null, null);

    public FormCell {
        Objects.requireNonNull(kind, "kind");
        text = text == null ? "" : text;
    }

    public static FormCell text(String text) {
        return text == null || text.strip().isEmpty() ? BLANK : new FormCell(Kind.TEXT, text, null, null);
    }

    public static FormCell number(BigDecimal number) {
        return new FormCell(Kind.NUMBER, number.stripTrailingZeros().toPlainString(), number, null);
    }

    public static FormCell date(LocalDate date) {
        return new FormCell(Kind.DATE, date.toString(), null, date);
    }

    public static FormCell bool(boolean value) {
        return new FormCell(Kind.BOOLEAN, String.valueOf(value), null, null);
    }

    public static FormCell error(String shown) {
        return new FormCell(Kind.ERROR, shown, null, null);
    }

    public boolean isBlank() {
        return kind == Kind.BLANK;
    }
}
