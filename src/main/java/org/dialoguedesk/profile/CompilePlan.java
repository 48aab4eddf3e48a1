package org.dialoguedesk.profile;

import java.util.List;
import java.util.UUID;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Problem;

/**
 * What updating a profile from a round's accepted answers would change, to be shown before it is
 * applied: figures added or changed, answer texts inserted or replaced in the drafts, and mappings
 * that could not be followed (with why).
 */
public record CompilePlan(UUID profileId, UUID roundId, String countryCode, List<IndicatorChange> indicators,
                          List<TextChange> texts, List<Problem> skipped) {

    /** A figure to add ({@code before} empty) or change: its value, or its national-definition note. */
    public record IndicatorChange(String sectionCode, Indicator after, String before, String beforeNote) {

        public boolean valueChanges() {
            return before.isEmpty() || !before.equals(after.value());
        }
    }

    /**
     * A section text whose answer block is inserted or replaced: the block as it stands ("" when new) and
     * the block that will stand; the text outside the block is kept.
     */
    public record TextChange(String sectionCode, Lang lang, String questionCode, String before, String after) {
    }

    public CompilePlan {
        indicators = List.copyOf(indicators);
        texts = List.copyOf(texts);
        skipped = List.copyOf(skipped);
    }

    public boolean isEmpty() {
        return indicators.isEmpty() && texts.isEmpty();
    }
}
