package org.dialoguedesk.questionnaire.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.questionnaire.Question;
import org.dialoguedesk.questionnaire.QuestionType;
import org.dialoguedesk.questionnaire.Section;
import org.junit.jupiter.api.Test;

class DraftOutlineTest {

    private static Question q(String code) {
        return Question.simple(code, QuestionType.SHORT_TEXT, false, Localized.of(code));
    }

    private static final List<Section> SECTIONS = List.of(
            new Section(null, "a", Localized.of("A"), List.of(q("a1"), q("a2"), q("a3"))),
            new Section(null, "b", Localized.of("B"), List.of(q("b1"))));

    private static List<String> codes(List<Section> sections) {
        return sections.stream().flatMap(s -> java.util.stream.Stream.concat(java.util.stream.Stream.of(s.code()),
                s.questions().stream().map(Question::code))).toList();
    }

    @Test
    void questionsMoveWithinTheirSectionOnly() {
        OutlinePosition last = new OutlinePosition(0, 2);
        assertFalse(DraftOutline.canMove(SECTIONS, last, 1), "the last question of a section stays in it");
        assertTrue(DraftOutline.canMove(SECTIONS, last, -1));
        assertEquals(List.of("a", "a1", "a3", "a2", "b", "b1"), codes(DraftOutline.move(SECTIONS, last, -1)));
        assertEquals(new OutlinePosition(0, 1), DraftOutline.moved(last, -1));
        assertFalse(DraftOutline.canMove(SECTIONS, null, 1));
    }

    @Test
    void sectionsMoveWithTheirQuestions() {
        assertEquals(List.of("b", "b1", "a", "a1", "a2", "a3"),
                codes(DraftOutline.move(SECTIONS, OutlinePosition.ofSection(1), -1)));
        assertFalse(DraftOutline.canMove(SECTIONS, OutlinePosition.ofSection(1), 1));
    }

    @Test
    void renamingASectionKeepsItsQuestions() {
        List<Section> renamed = DraftOutline.replaceSection(SECTIONS, 0,
                new Section(null, "intro", Localized.of("Introduction"), List.of()));
        assertEquals(List.of("intro", "a1", "a2", "a3", "b", "b1"), codes(renamed));
    }

    @Test
    void insertingAndRemoving() {
        assertEquals(List.of("a", "a1", "new", "a2", "a3", "b", "b1"),
                codes(DraftOutline.insertQuestion(SECTIONS, 0, 1, q("new"))));
        assertEquals(List.of("a", "a1", "a3", "b", "b1"),
                codes(DraftOutline.removeQuestion(SECTIONS, new OutlinePosition(0, 1))));
        assertEquals(List.of("b", "b1"), codes(DraftOutline.removeSection(SECTIONS, 0)));
    }

    @Test
    void problemsOfTheEditedPlaceAreNamedByTheFormsFields() {
        OutlinePosition at = new OutlinePosition(1, 3);
        List<Problem> problems = DraftFormSave.relativeTo(at, "q_x", List.of(
                Problem.of("sections[1].questions[3].code", "questionnaire.problem.codeFormat", "Q X"),
                Problem.of("sections[1].questions[3].choices", "questionnaire.problem.choicesRequired", "q_x"),
                Problem.of("sections[1].questions[31].label", "questionnaire.problem.labelRequired", "q_y"),
                Problem.of("sections[2].questions[0].code", "questionnaire.problem.codeDuplicate", "q_x")));
        assertEquals(List.of("code", "choices", "sections[1].questions[31].label", "code"),
                problems.stream().map(Problem::field).toList());
        assertEquals("2.4", at.number());
    }
}
