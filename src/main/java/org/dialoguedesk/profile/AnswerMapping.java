package org.dialoguedesk.profile;

import java.util.Objects;

/**
 * Where a questionnaire question's accepted answer goes in profiles of a template: its figures become
 * indicators of a section ({@code indicatorCode}, with the {@code unit}; a table gives one indicator
 * per row, its year columns the years), or its text is inserted into the section's draft.
 */
public record AnswerMapping(String questionCode, String sectionCode, Target target, String indicatorCode,
                            String unit) {

    public enum Target { INDICATOR, TEXT }

    public AnswerMapping {
        questionCode = questionCode == null ? "" : questionCode.strip();
        sectionCode = sectionCode == null ? "" : sectionCode.strip();
        Objects.requireNonNull(target, "target");
        indicatorCode = indicatorCode == null || indicatorCode.isBlank() ? questionCode : indicatorCode.strip();
        unit = unit == null ? "" : unit.strip();
    }
}
