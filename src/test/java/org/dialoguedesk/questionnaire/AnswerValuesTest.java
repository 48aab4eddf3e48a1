package org.dialoguedesk.questionnaire;

import static org.dialoguedesk.questionnaire.TemplateSamples.c;
import static org.dialoguedesk.questionnaire.TemplateSamples.l;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.common.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Cell values as focal points type them in Excel or LibreOffice, in English, French or Arabic, read
 * into canonical answers; and what cannot be read, with the message that says so.
 */
class AnswerValuesTest {

    private static final String WHERE = "1 General background!C7";

    private static final Question SHORT = simple(QuestionType.SHORT_TEXT);
    private static final Question LONG = simple(QuestionType.LONG_TEXT);
    private static final Question URL = simple(QuestionType.URL_SOURCE);
    private static final Question INTEGER = simple(QuestionType.INTEGER);
    private static final Question DECIMAL = simple(QuestionType.DECIMAL);
    private static final Question YEAR = simple(QuestionType.YEAR);
    private static final Question DATE = simple(QuestionType.DATE);
    private static final Question YES_NO = simple(QuestionType.YES_NO);
    private static final Question SINGLE = new Question(null, "q_agency", QuestionType.SINGLE_CHOICE, false,
            l("Lead agency", "Organisme chef de file", "الجهة الرائدة"), null, null, "",
            List.of(c("interior", "Ministry of Interior", "Ministère de l’Intérieur", "وزارة الداخلية"),
                    c("justice", "Ministry of Justice", "Ministère de la Justice", "وزارة العدل")),
            List.of(), List.of());
    private static final Question MULTIPLE = new Question(null, "q_routes", QuestionType.MULTIPLE_CHOICE, false,
            l("Routes used", "Routes utilisées", "الطرق المستخدمة"), null, null, "",
            List.of(c("air", "Air", "Aérienne", "جوية"), c("land", "Land", "Terrestre", "برية")), List.of(), List.of());
    private static final Question TABLE = new Question(null, "q_detect", QuestionType.TABLE, false,
            l("Detections", "Détections", "الاكتشافات"), null, null, "", List.of(),
            List.of(c("land", "Land", "Terre", "برّ")), List.of(c("y2024", "2024", "2024", "2024")));

    private static Question simple(QuestionType type) {
        return Question.simple("q_" + type.name().toLowerCase(), type, false, l("Q", "Q", "س"));
    }

    private static String ok(Question q, FormCell cell) {
        AnswerValues.Parsed p = AnswerValues.parse(q, cell, WHERE);
        assertTrue(p.ok(), () -> cell + " refused: " + p.problem());
        return p.value().orElseThrow(() -> new AssertionError(cell + " read as blank"));
    }

    private static String ok(Question q, String typed) {
        return ok(q, FormCell.text(typed));
    }

    private static Problem wrong(Question q, FormCell cell) {
        AnswerValues.Parsed p = AnswerValues.parse(q, cell, WHERE);
        assertFalse(p.ok(), () -> cell + " was accepted as " + p.value());
        assertEquals(Optional.empty(), p.value());
        assertEquals(WHERE, p.problem().field(), "the problem names the sheet and cell");
        return p.problem();
    }

    private static String wrongKey(Question q, String typed) {
        return wrong(q, FormCell.text(typed)).messageKey();
    }

    private static FormCell number(String n) {
        return FormCell.number(new BigDecimal(n));
    }

    @ParameterizedTest
    @EnumSource(value = QuestionType.class)
    void aBlankCellIsNoAnswerOfAnyType(QuestionType type) {
        Question q = switch (type) {
            case SINGLE_CHOICE -> SINGLE;
            case MULTIPLE_CHOICE -> MULTIPLE;
            case TABLE -> TABLE;
            default -> simple(type);
        };
        for (FormCell blank : List.of(FormCell.BLANK, FormCell.text("   "), FormCell.text(null))) {
            AnswerValues.Parsed p = AnswerValues.parse(q, blank, WHERE);
            assertTrue(p.ok());
            assertEquals(Optional.empty(), p.value());
        }
    }

    @Test
    void textIsStrippedAndLimitedByType() {
        assertEquals("Directorate of Migration", ok(SHORT, "  Directorate of Migration \n"));
        assertEquals("x".repeat(255), ok(SHORT, "x".repeat(255)));
        Problem tooLong = wrong(SHORT, FormCell.text("x".repeat(256)));
        assertEquals("questionnaire.answer.problem.tooLong", tooLong.messageKey());
        assertEquals(List.of(256, 255), tooLong.args());
        assertEquals("the text is 256 characters long; at most 255 fit here", Messages.english().format(tooLong));
        assertEquals("https://www.example.org/stats", ok(URL, "https://www.example.org/stats"));
        assertEquals("questionnaire.answer.problem.tooLong", wrongKey(URL, "h".repeat(2001)));
        assertEquals(32000, ok(LONG, "l".repeat(32000)).length());
        assertEquals("questionnaire.answer.problem.tooLong", wrongKey(LONG, "l".repeat(32001)));
        assertEquals("1200", ok(SHORT, number("1200")), "a number typed in a text answer is its text");
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = '|', value = {
        "1200|1200",
        "-5|-5",
        "1 234|1234",
        "1\u00a0234|1234",
        "1\u202f234 567|1234567",
        "\u0661\u0662\u0663\u0664|1234",
        "\u06f1\u06f2\u06f3\u06f4|1234",
        "\u0661\u066c\u0662\u0663\u0664|1234",
        "+7|7",
        "12.0|12"})
    void wholeNumbersAsTypedInAnyLanguage(String typed, String canonical) {
        assertEquals(canonical, ok(INTEGER, typed));
    }

    @Test
    void wholeNumbersRefuseFractionsTextAndHugeValues() {
        assertEquals("1200", ok(INTEGER, number("1200.0")));
        assertEquals("questionnaire.answer.problem.notInteger", wrongKey(INTEGER, "12,5"));
        assertEquals("questionnaire.answer.problem.notInteger", wrongKey(INTEGER, "about 1200"));
        Problem fraction = wrong(INTEGER, number("12.5"));
        assertEquals("\u201C12.5\u201D is not a whole number", Messages.english().format(fraction));
        Problem huge = wrong(INTEGER, number("1000000000001"));
        assertEquals("questionnaire.answer.problem.outOfRange", huge.messageKey());
        assertEquals("\u201C1000000000001\u201D is outside -1000000000000 to 1000000000000",
                Messages.english().format(huge));
        assertEquals("questionnaire.answer.problem.notInteger", wrong(INTEGER, FormCell.bool(true)).messageKey());
        assertEquals("questionnaire.answer.problem.notInteger",
                wrong(INTEGER, FormCell.date(LocalDate.of(2024, 1, 1))).messageKey());
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = '|', value = {
        "12.5|12.5",
        "12,5|12.5",
        "1 234,5|1234.5",
        "1\u202f234,50|1234.5",
        ",5|0.5",
        "\u0663\u066b\u0665|3.5",
        "1000|1000",
        "0,000|0",
        "-0.25|-0.25"})
    void decimalsWithPointOrCommaAndThousandsSpaces(String typed, String canonical) {
        assertEquals(canonical, ok(DECIMAL, typed));
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource(delimiter = '|', value = {"1,234.5", "1.234,5", "1,2,3", "1.2.3", "12 %", "twelve", "1e5", "."})
    void ambiguousOrNonNumericDecimalsAreRefusedNotGuessed(String typed) {
        Problem p = wrong(DECIMAL, FormCell.text(typed));
        assertEquals("questionnaire.answer.problem.notNumber", p.messageKey());
        assertEquals(List.of(typed), p.args(), "the message quotes what the cell shows");
    }

    @Test
    void decimalsFromNumberCellsAreWrittenPlainly() {
        assertEquals("1000", ok(DECIMAL, number("1000")), "not 1E+3");
        assertEquals("0.1", ok(DECIMAL, number("0.1000")));
        assertEquals("0", ok(DECIMAL, number("0.00")));
        assertEquals("1000000000000", ok(DECIMAL, number("1000000000000")));
        assertEquals("questionnaire.answer.problem.outOfRange", wrong(DECIMAL, number("1000000000000.5")).messageKey());
        assertEquals("12.5", ok(TABLE, "12,5"), "a table cell is a decimal");
        assertEquals("questionnaire.answer.problem.notNumber", wrongKey(TABLE, "about 1200"));
    }

    @Test
    void yearsAreWholeNumbersFrom1900To2100() {
        assertEquals("2019", ok(YEAR, number("2019")));
        assertEquals("2019", ok(YEAR, "2019"));
        assertEquals("2019", ok(YEAR, "\u0662\u0660\u0661\u0669"));
        assertEquals("1900", ok(YEAR, "1900"));
        assertEquals("2100", ok(YEAR, number("2100")));
        Problem early = wrong(YEAR, number("1899"));
        assertEquals("questionnaire.answer.problem.outOfRange", early.messageKey());
        assertEquals("\u201C1899\u201D is outside 1900 to 2100", Messages.english().format(early));
        assertEquals("questionnaire.answer.problem.outOfRange", wrongKey(YEAR, "2101"));
        assertEquals("questionnaire.answer.problem.notYear", wrong(YEAR, number("2019.5")).messageKey());
        assertEquals("questionnaire.answer.problem.notYear", wrongKey(YEAR, "twenty nineteen"));
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = '|', value = {
        "2024-06-30|2024-06-30",
        "30/6/2024|2024-06-30",
        "30/06/2024|2024-06-30",
        "1/2/2024|2024-02-01",
        "29/02/2024|2024-02-29",
        "\u0663\u0660/\u0666/\u0662\u0660\u0662\u0664|2024-06-30",
        "1900-01-01|1900-01-01",
        "31/12/2100|2100-12-31"})
    void datesAsIsoOrDayMonthYear(String typed, String canonical) {
        assertEquals(canonical, ok(DATE, typed));
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource(delimiter = '|', value = {
        "31/02/2024", "29/02/2023", "2024-02-30", "6/30/2024", "30.06.2024", "30/6/24", "June 30, 2024",
        "1899-12-31", "01/01/2101", "45473"})
    void impossibleOutOfRangeOrOtherDatesAreRefused(String typed) {
        Problem p = wrong(DATE, FormCell.text(typed));
        assertEquals("questionnaire.answer.problem.notDate", p.messageKey());
        assertEquals(List.of(typed), p.args());
    }

    @Test
    void dateCellsAreReadAsDatesWithinTheYearsAllowed() {
        assertEquals("2024-06-30", ok(DATE, FormCell.date(LocalDate.of(2024, 6, 30))));
        assertEquals("questionnaire.answer.problem.notDate",
                wrong(DATE, FormCell.date(LocalDate.of(1899, 12, 31))).messageKey());
        assertEquals("questionnaire.answer.problem.notDate",
                wrong(DATE, FormCell.date(LocalDate.of(3000, 1, 1))).messageKey());
        assertEquals("questionnaire.answer.problem.notDate", wrong(DATE, number("45473")).messageKey(),
                "a date serial in a cell that lost its date format is not guessed");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "Yes|yes", "No|no", "yes|yes", " YES |yes", "Oui|yes", "oui|yes", "Non|no", "\u0646\u0639\u0645|yes",
        "\u0644\u0627|no", "TRUE|yes", "false|no", "y|yes", "n|no"})
    void yesNoInAnyLanguage(String typed, String canonical) {
        assertEquals(canonical, ok(YES_NO, typed));
        assertEquals(canonical, ok(MULTIPLE, typed), "each choice of a multiple choice question is a yes/no");
    }

    @Test
    void yesNoFromTrueFalseCellsAndRefusals() {
        assertEquals("yes", ok(YES_NO, FormCell.bool(true)));
        assertEquals("no", ok(YES_NO, FormCell.bool(false)));
        assertEquals("questionnaire.answer.problem.notYesNo", wrongKey(YES_NO, "maybe"));
        assertEquals("questionnaire.answer.problem.notYesNo", wrong(YES_NO, number("1")).messageKey(),
                "1 is not guessed to mean yes");
        assertEquals("questionnaire.answer.problem.notYesNo", wrongKey(MULTIPLE, "Si"));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "justice|justice",
        "JUSTICE|justice",
        "Ministry of Justice|justice",
        "ministry  of   justice|justice",
        "Ministère de la Justice|justice",
        "Ministère de l’Intérieur|interior",
        "\u0648\u0632\u0627\u0631\u0629 \u0627\u0644\u0639\u062F\u0644|justice"})
    void singleChoiceByCodeOrLabelInAnyLanguage(String typed, String code) {
        assertEquals(code, ok(SINGLE, typed));
    }

    @Test
    void aValueThatIsNotAChoiceIsRefused() {
        Problem p = wrong(SINGLE, FormCell.text("Ministry of Defence"));
        assertEquals("questionnaire.answer.problem.notChoice", p.messageKey());
        assertEquals("\u201CMinistry of Defence\u201D is not one of the choices", Messages.english().format(p));
    }

    @ParameterizedTest
    @CsvSource({"#DIV/0!", "#N/A", "#SPILL!"})
    void formulaErrorsAreReportedForEveryType(String shown) {
        for (Question q : List.of(SHORT, INTEGER, DECIMAL, YEAR, DATE, YES_NO, SINGLE, MULTIPLE, TABLE)) {
            Problem p = wrong(q, FormCell.error(shown));
            assertEquals("questionnaire.answer.problem.formulaError", p.messageKey());
            assertEquals("the cell shows the error " + shown + " instead of a value", Messages.english().format(p));
        }
    }

    @Test
    void displayGivesLabelsInTheOfficersLanguage() {
        assertEquals("Yes", AnswerValues.display(YES_NO, "yes", Lang.EN));
        assertEquals("Oui", AnswerValues.display(YES_NO, "yes", Lang.FR));
        assertEquals("Non", AnswerValues.display(MULTIPLE, "no", Lang.FR));
        assertEquals("\u0646\u0639\u0645", AnswerValues.display(YES_NO, "yes", Lang.AR));
        assertEquals("Ministère de la Justice", AnswerValues.display(SINGLE, "justice", Lang.FR));
        assertEquals("\u0648\u0632\u0627\u0631\u0629 \u0627\u0644\u0639\u062F\u0644",
                AnswerValues.display(SINGLE, "justice", Lang.AR));
        assertEquals("defence", AnswerValues.display(SINGLE, "defence", Lang.EN), "an unknown code is shown as is");
        assertEquals("12.5", AnswerValues.display(DECIMAL, "12.5", Lang.FR));
        assertEquals("2024-06-30", AnswerValues.display(DATE, "2024-06-30", Lang.AR));
        assertEquals("", AnswerValues.display(SHORT, null, Lang.EN));
        assertEquals("", AnswerValues.display(YES_NO, "", Lang.EN));
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void displayedLabelsReadBackAsTheSameValue(Lang lang) {
        for (String v : List.of("yes", "no")) {
            assertEquals(v, ok(YES_NO, AnswerValues.display(YES_NO, v, lang)));
            assertEquals(v, ok(MULTIPLE, AnswerValues.display(MULTIPLE, v, lang)));
        }
        for (Choice choice : SINGLE.choices()) {
            assertEquals(choice.code(), ok(SINGLE, AnswerValues.display(SINGLE, choice.code(), lang)));
        }
    }

    @Test
    void parseTextReadsWhatIsTypedInTheWindow() {
        assertEquals(Optional.of("1234.5"), AnswerValues.parseText(DECIMAL, "1 234,5", "q_decimal").value());
        assertEquals("q_decimal", AnswerValues.parseText(DECIMAL, "x", "q_decimal").problem().field());
    }

    @Test
    void everyProblemOfAValueIsSaidInFrenchAndArabicToo() {
        List<String> keys = List.of("questionnaire.answer.problem.formulaError", "questionnaire.answer.problem.tooLong",
                "questionnaire.answer.problem.notInteger", "questionnaire.answer.problem.notYear",
                "questionnaire.answer.problem.outOfRange", "questionnaire.answer.problem.notNumber",
                "questionnaire.answer.problem.notDate", "questionnaire.answer.problem.notYesNo",
                "questionnaire.answer.problem.notChoice");
        for (String key : keys) {
            String en = Messages.english().get(key, "x", "1", "2");
            for (Lang lang : List.of(Lang.FR, Lang.AR)) {
                String text = new Messages(lang).get(key, "x", "1", "2");
                assertNotEquals(key, text, key + " in " + lang);
                assertNotEquals(en, text, key + " is translated into " + lang);
            }
        }
    }
}
