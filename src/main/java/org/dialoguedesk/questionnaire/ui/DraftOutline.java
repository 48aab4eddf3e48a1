package org.dialoguedesk.questionnaire.ui;

import java.util.ArrayList;
import java.util.List;
import org.dialoguedesk.questionnaire.Question;
import org.dialoguedesk.questionnaire.Section;

/**
 * The edits the builder makes to a draft's sections, as new lists (records are immutable): the
 * result goes to the template service, which checks and saves it whole. A question moves only
 * within its section: moving it to another section is deleting and adding it there.
 */
final class DraftOutline {

    private DraftOutline() {
    }

    static List<Section> insertSection(List<Section> sections, int index, Section added) {
        List<Section> result = new ArrayList<>(sections);
        result.add(index, added);
        return result;
    }

    /** Replaces code and title; the section keeps its questions and its record identity. */
    static List<Section> replaceSection(List<Section> sections, int index, Section edited) {
        List<Section> result = new ArrayList<>(sections);
        Section old = result.get(index);
        result.set(index, new Section(old.meta(), edited.code(), edited.title(), old.questions()));
        return result;
    }

    static List<Section> removeSection(List<Section> sections, int index) {
        List<Section> result = new ArrayList<>(sections);
        result.remove(index);
        return result;
    }

    static List<Section> insertQuestion(List<Section> sections, int section, int index, Question added) {
        List<Question> questions = new ArrayList<>(sections.get(section).questions());
        questions.add(index, added);
        return withQuestions(sections, section, questions);
    }

    static List<Section> replaceQuestion(List<Section> sections, OutlinePosition at, Question edited) {
        List<Question> questions = new ArrayList<>(sections.get(at.section()).questions());
        questions.set(at.question(), edited);
        return withQuestions(sections, at.section(), questions);
    }

    static List<Section> removeQuestion(List<Section> sections, OutlinePosition at) {
        List<Question> questions = new ArrayList<>(sections.get(at.section()).questions());
        questions.remove(at.question());
        return withQuestions(sections, at.section(), questions);
    }

    /** True when the section or question has a neighbour in that direction (-1 up, +1 down). */
    static boolean canMove(List<Section> sections, OutlinePosition at, int delta) {
        if (at == null || at.section() >= sections.size()) {
            return false;
        }
        int size = at.isSection() ? sections.size() : sections.get(at.section()).questions().size();
        int index = at.isSection() ? at.section() : at.question();
        return index < size && index + delta >= 0 && index + delta < size;
    }

    static List<Section> move(List<Section> sections, OutlinePosition at, int delta) {
        if (at.isSection()) {
            List<Section> result = new ArrayList<>(sections);
            result.add(at.section() + delta, result.remove(at.section()));
            return result;
        }
        List<Question> questions = new ArrayList<>(sections.get(at.section()).questions());
        questions.add(at.question() + delta, questions.remove(at.question()));
        return withQuestions(sections, at.section(), questions);
    }

    /** Where the moved section or question is afterwards. */
    static OutlinePosition moved(OutlinePosition at, int delta) {
        return at.isSection() ? OutlinePosition.ofSection(at.section() + delta)
                : new OutlinePosition(at.section(), at.question() + delta);
    }

    private static List<Section> withQuestions(List<Section> sections, int section, List<Question> questions) {
        List<Section> result = new ArrayList<>(sections);
        result.set(section, result.get(section).withQuestions(questions));
        return result;
    }
}
