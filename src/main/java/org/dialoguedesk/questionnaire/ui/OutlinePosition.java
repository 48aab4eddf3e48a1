package org.dialoguedesk.questionnaire.ui;

/**
 * A place in a version's outline: a section ({@code question == -1}) or one of its questions, by
 * index. Indices rather than codes, because a code is what the officer may be editing.
 */
public record OutlinePosition(int section, int question) {

    public static OutlinePosition ofSection(int section) {
        return new OutlinePosition(section, -1);
    }

    public boolean isSection() {
        return question < 0;
    }

    /** How the focal point sees it numbered: "2" for the second section, "2.3" for its third question. */
    public String number() {
        return isSection() ? String.valueOf(section + 1) : (section + 1) + "." + (question + 1);
    }

    /** The validator's path of this place ({@code sections[1].questions[2]}), to which its problems belong. */
    public String path() {
        return "sections[" + section + "]" + (isSection() ? "" : ".questions[" + question + "]");
    }
}
