package org.dialoguedesk.questionnaire.ui;

/**
 * One line of a version's outline in the window's language: a section (title, code and number of
 * questions) or a question (numbered label, with * when required; code and type).
 */
public record OutlineRow(OutlinePosition position, String text, String detail) {

    public boolean isSection() {
        return position.isSection();
    }
}
