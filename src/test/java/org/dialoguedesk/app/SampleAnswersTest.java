package org.dialoguedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.table.Table;
import org.dialoguedesk.questionnaire.Answer;
import org.dialoguedesk.questionnaire.AnswerSource;
import org.dialoguedesk.questionnaire.Completeness;
import org.dialoguedesk.questionnaire.ReviewState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample round's answers of sample-data/questionnaire-answers.csv, as a first start loads them. */
class SampleAnswersTest {

    private static final List<String> HEADER = List.of("country", "key", "value", "note", "review", "comment");

    @TempDir
    Path dir;

    private Desk desk;
    private UUID round;

    @BeforeEach
    void open() {
        desk = TestDesks.withSampleData(dir);
        round = desk.rounds().findRound(SampleData.SAMPLE_ROUND).orElseThrow().id();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private List<Answer> answers(String country) {
        return desk.answers().answers(round, country);
    }

    private Answer answer(String country, String question) {
        return answers(country).stream().filter(a -> a.questionCode().equals(question)).findFirst().orElseThrow();
    }

    private static boolean all(List<Answer> answers, ReviewState state) {
        return answers.stream().allMatch(a -> a.review() == state);
    }

    @Test
    void sampleRoundHasAnswersOfTheSixCountriesThatReplied() {
        Set<String> answered = new TreeSet<>();
        desk.answers().answersByCountry(round).forEach((country, list) -> {
            if (!list.isEmpty()) {
                answered.add(country);
            }
        });
        assertEquals(Set.of("GHA", "ITA", "LBN", "MAR", "MLT", "TUN"), answered);
        assertTrue(desk.answers().answersByCountry(round).values().stream().flatMap(List::stream)
                .allMatch(a -> a.source() == AnswerSource.TYPED));
    }

    @Test
    void acceptedCountriesHaveEveryAnswerAccepted() {
        Map<String, Completeness> completeness = desk.answers().completeness(round);
        for (String country : List.of("MAR", "MLT")) {
            List<Answer> list = answers(country);
            assertTrue(all(list, ReviewState.ACCEPTED), country);
            assertEquals(52, completeness.get(country).answered(), country);
            assertEquals(52, completeness.get(country).accepted(), country);
        }
        assertEquals("Counts apprehensions, not persons", answer("MLT", "q_detect_03").note());
        assertEquals("0.4", answer("MAR", "q_bg_07").values().get("q_bg_07"), "decimals stored plain");
        assertEquals("yes", answer("MAR", "q_bg_05").values().get("q_bg_05:coast_guard"));
        assertFalse(answer("MLT", "q_detect_01").values().containsKey("q_detect_01:land:y2019"),
                "Malta has no land borders: the cell stays blank");
    }

    @Test
    void countryUnderReviewHasAFlaggedAnswerWithItsCommentAndOthersStillPending() {
        List<Answer> lbn = answers("LBN");
        Answer flagged = lbn.stream().filter(a -> a.review() == ReviewState.FLAGGED).findFirst().orElseThrow();
        assertFalse(flagged.reviewComment().isBlank(), flagged.questionCode());
        assertEquals("2021 sea figure is more than ten times 2020: please confirm",
                answer("LBN", "q_detect_02").reviewComment());
        assertTrue(lbn.stream().anyMatch(a -> a.review() == ReviewState.ACCEPTED));
        assertTrue(lbn.stream().anyMatch(a -> a.review() == ReviewState.PENDING));
        assertTrue(desk.answers().completeness(round).get("LBN").requiredComplete());
    }

    @Test
    void completeAnswerWaitsForReviewAndPartialAnswersLackRequiredQuestions() {
        Map<String, Completeness> completeness = desk.answers().completeness(round);
        assertTrue(all(answers("ITA"), ReviewState.PENDING));
        assertTrue(completeness.get("ITA").requiredComplete());
        for (String country : List.of("GHA", "TUN")) {
            Completeness c = completeness.get(country);
            assertFalse(c.requiredComplete(), country);
            assertTrue(c.answered() > 0 && c.answered() < c.questions(), country + " " + c);
            assertTrue(all(answers(country), ReviewState.PENDING), country);
        }
        assertEquals(Completeness.NONE.answered(), completeness.get("SEN").answered());
    }

    @Test
    void aBadValueStopsTheLoadNamingTheFileRowAndColumn() {
        Table bad = new Table(HEADER, List.of(
                List.of("SEN", "q_bg_02", "2016", "", "PENDING", ""),
                List.of("SEN", "q_detect_01:land:y2019", "900", "", "PENDING", ""),
                List.of("SEN", "q_detect_01:land:y2020", "about 1200", "", "PENDING", "")));
        DeskException e = assertThrows(DeskException.class, () -> new SampleAnswers(desk.answers()).load(round, bad));
        assertEquals("The sample file questionnaire-answers.csv has a problem on row 4, column value: "
                + "\u201Cabout 1200\u201D is not a number", e.getMessage());
    }

    @Test
    void aFlagWithoutCommentOrAReviewThatChangesWithinAQuestionIsRefused() {
        Table noComment = new Table(HEADER, List.of(List.of("SEN", "q_bg_02", "2016", "", "FLAGGED", "")));
        DeskException e = assertThrows(DeskException.class,
                () -> new SampleAnswers(desk.answers()).load(round, noComment));
        assertTrue(e.getMessage().contains("row 2, column comment"), e.getMessage());

        Table mixed = new Table(HEADER, List.of(
                List.of("SEN", "q_detect_01:land:y2019", "900", "", "ACCEPTED", ""),
                List.of("SEN", "q_detect_01:land:y2020", "950", "", "PENDING", "")));
        e = assertThrows(DeskException.class, () -> new SampleAnswers(desk.answers()).load(round, mixed));
        assertTrue(e.getMessage().contains("row 3, column review"), e.getMessage());

        Table notRecipient = new Table(HEADER, List.of(List.of("BRA", "q_bg_02", "2016", "", "PENDING", "")));
        e = assertThrows(DeskException.class, () -> new SampleAnswers(desk.answers()).load(round, notRecipient));
        assertTrue(e.getMessage().contains("row 2, column country: BRA is not a recipient"), e.getMessage());
    }
}
