package org.dialoguedesk.questionnaire;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.common.Problem;

/**
 * Turns what a cell or a text field holds into an answer's canonical text, or says what is wrong:
 * whole numbers and decimals in plain notation ({@code 1250}, {@code 12.5}), years, ISO dates,
 * {@code yes}/{@code no}, and choices by code. Labels are accepted in any of the three languages, so
 * a French form returned with "Oui" and an Arabic one with "نعم" give the same value. {@link #display}
 * goes the other way, for exports and pre-filled forms.
 */
public final class AnswerValues {

    public static final String YES = "yes";
    public static final String NO = "no";
    static final BigDecimal MAX_NUMBER = new BigDecimal("1000000000000");
    /** Strict, so that 31/02/2024 is refused rather than quietly read as 29 February. */
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** A canonical value, or nothing for a blank cell, or the problem with it. */
    public record Parsed(Optional<String> value, Problem problem) {

        static Parsed ok(String value) {
            return new Parsed(Optional.of(value), null);
        }

        static Parsed blank() {
            return new Parsed(Optional.empty(), null);
        }

        static Parsed wrong(String where, String key, Object... args) {
            return new Parsed(Optional.empty(), Problem.of(where, key, args));
        }

        public boolean ok() {
            return problem == null;
        }
    }

    private AnswerValues() {
    }

    /**
     * Reads one value of question {@code q} from a cell (a choice cell of a multiple choice question, a
     * cell of a table); {@code where} names the cell in
     * problems ({@code 2 Detection!C7}).
     */
    public static Parsed parse(Question q, FormCell cell, String where) {
        if (cell.isBlank()) {
            return Parsed.blank();
        }
        if (cell.kind() == FormCell.Kind.ERROR) {
            return Parsed.wrong(where, "questionnaire.answer.problem.formulaError", cell.text());
        }
        boolean tableCell = q.type() == QuestionType.TABLE;
        boolean choiceCell = q.type() == QuestionType.MULTIPLE_CHOICE;
        QuestionType type = tableCell ? QuestionType.DECIMAL : choiceCell ? QuestionType.YES_NO : q.type();
        return switch (type) {
            case SHORT_TEXT -> text(cell, where, 255);
            case URL_SOURCE -> text(cell, where, 2000);
            case LONG_TEXT -> text(cell, where, 32000);
            case INTEGER -> integer(cell, where, MAX_NUMBER.negate(), MAX_NUMBER, "questionnaire.answer.problem.notInteger");
            case YEAR -> integer(cell, where, BigDecimal.valueOf(1900), BigDecimal.valueOf(2100),
                    "questionnaire.answer.problem.notYear");
            case DECIMAL -> decimal(cell, where);
            case DATE -> date(cell, where);
            case YES_NO -> yesNo(cell, where);
            case SINGLE_CHOICE -> choice(q, cell, where);
            default -> throw new IllegalStateException("no cell value for " + q.type());
        };
    }

    /** Reads a value typed as text (in the window or on the command line). */
    public static Parsed parseText(Question q, String text, String where) {
        return parse(q, FormCell.text(text), where);
    }

    /** The value as an officer reads it in that language: labels for choices and yes/no, else as stored. */
    public static String display(Question q, String value, Lang lang) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (q.type() == QuestionType.YES_NO || q.type() == QuestionType.MULTIPLE_CHOICE) {
            return YES.equals(value) || NO.equals(value) ? yesNoLabel(YES.equals(value), lang) : value;
        }
        if (q.type() == QuestionType.SINGLE_CHOICE) {
            return q.choices().stream().filter(c -> c.code().equals(value)).findFirst()
                    .map(c -> c.label().in(lang)).orElse(value);
        }
        return value;
    }

    public static String yesNoLabel(boolean yes, Lang lang) {
        return new Messages(lang).get(yes ? "questionnaire.form.yes" : "questionnaire.form.no");
    }

    private static Parsed text(FormCell cell, String where, int max) {
        String value = cell.text().strip();
        if (value.length() > max) {
            return Parsed.wrong(where, "questionnaire.answer.problem.tooLong", value.length(), max);
        }
        return value.isEmpty() ? Parsed.blank() : Parsed.ok(value);
    }

    private static Parsed integer(FormCell cell, String where, BigDecimal min, BigDecimal max, String problem) {
        Optional<BigDecimal> n = number(cell);
        if (n.isEmpty() || n.get().stripTrailingZeros().scale() > 0) {
            return Parsed.wrong(where, problem, cell.text());
        }
        if (n.get().compareTo(min) < 0 || n.get().compareTo(max) > 0) {
            return Parsed.wrong(where, "questionnaire.answer.problem.outOfRange", cell.text(), plain(min), plain(max));
        }
        return Parsed.ok(n.get().toBigIntegerExact().toString());
    }

    private static Parsed decimal(FormCell cell, String where) {
        Optional<BigDecimal> n = number(cell);
        if (n.isEmpty()) {
            return Parsed.wrong(where, "questionnaire.answer.problem.notNumber", cell.text());
        }
        if (n.get().abs().compareTo(MAX_NUMBER) > 0) {
            return Parsed.wrong(where, "questionnaire.answer.problem.outOfRange", cell.text(),
                    plain(MAX_NUMBER.negate()), plain(MAX_NUMBER));
        }
        return Parsed.ok(plain(n.get()));
    }

    private static String plain(BigDecimal n) {
        return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
    }

    /**
     * A number cell, or text that reads as one: spaces (also no-break and thin spaces, as French
     * writes thousands) and the Arabic thousands separator are ignored, and a lone comma is a decimal
     * comma. "1,234.5" and "1.234,5" are refused rather than guessed.
     */
    static Optional<BigDecimal> number(FormCell cell) {
        if (cell.kind() == FormCell.Kind.NUMBER) {
            return Optional.of(cell.number());
        }
        if (cell.kind() != FormCell.Kind.TEXT) {
            return Optional.empty();
        }
        String s = cell.text().strip().replaceAll("[\\s\\u00a0\\u202f\\u2009\\u066c]", "");
        s = toAsciiDigits(s);
        if (s.indexOf(',') >= 0) {
            if (s.indexOf('.') >= 0 || s.indexOf(',') != s.lastIndexOf(',')) {
                return Optional.empty();
            }
            s = s.replace(',', '.');
        }
        if (!s.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Arabic-Indic and Eastern Arabic-Indic digits as ASCII, and the Arabic decimal separator as a point. */
    private static String toAsciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '\u0660' && c <= '\u0669') {
                b.append((char) ('0' + c - '\u0660'));
            } else if (c >= '\u06f0' && c <= '\u06f9') {
                b.append((char) ('0' + c - '\u06f0'));
            } else if (c == '\u066b') {
                b.append('.');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static Parsed date(FormCell cell, String where) {
        if (cell.kind() == FormCell.Kind.DATE) {
            return checkedDate(cell.date(), cell, where);
        }
        if (cell.kind() == FormCell.Kind.TEXT) {
            String s = toAsciiDigits(cell.text().strip());
            for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, DAY_FIRST}) {
                try {
                    return checkedDate(LocalDate.parse(s, f), cell, where);
                } catch (DateTimeParseException next) {
                    // try the next format
                }
            }
        }
        return Parsed.wrong(where, "questionnaire.answer.problem.notDate", cell.text());
    }

    private static Parsed checkedDate(LocalDate d, FormCell cell, String where) {
        if (d.getYear() < 1900 || d.getYear() > 2100) {
            return Parsed.wrong(where, "questionnaire.answer.problem.notDate", cell.text());
        }
        return Parsed.ok(d.toString());
    }

    private static Parsed yesNo(FormCell cell, String where) {
        if (cell.kind() == FormCell.Kind.BOOLEAN) {
            return Parsed.ok(Boolean.parseBoolean(cell.text()) ? YES : NO);
        }
        String s = fold(cell.text());
        for (Lang lang : Lang.values()) {
            if (s.equals(fold(yesNoLabel(true, lang)))) {
                return Parsed.ok(YES);
            }
            if (s.equals(fold(yesNoLabel(false, lang)))) {
                return Parsed.ok(NO);
            }
        }
        if (s.equals(YES) || s.equals("true") || s.equals("y")) {
            return Parsed.ok(YES);
        }
        if (s.equals(NO) || s.equals("false") || s.equals("n")) {
            return Parsed.ok(NO);
        }
        return Parsed.wrong(where, "questionnaire.answer.problem.notYesNo", cell.text());
    }

    private static Parsed choice(Question q, FormCell cell, String where) {
        String s = fold(cell.text());
        for (Choice c : q.choices()) {
            if (s.equals(fold(c.code()))) {
                return Parsed.ok(c.code());
            }
            for (Lang lang : Lang.values()) {
                if (s.equals(fold(c.label().in(lang)))) {
                    return Parsed.ok(c.code());
                }
            }
        }
        return Parsed.wrong(where, "questionnaire.answer.problem.notChoice", cell.text());
    }

    private static String fold(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
