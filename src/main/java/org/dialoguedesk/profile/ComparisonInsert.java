package org.dialoguedesk.profile;

import java.util.List;
import java.util.UUID;
import org.dialoguedesk.common.Lang;

/**
 * What pulling a route comparison into a section would change: per language, the generated block as
 * it stands ({@code before}, empty when there is none yet) and as it would be. Languages whose block
 * is already up to date are not listed, so an empty insert changes nothing.
 */
public record ComparisonInsert(UUID profileId, String sectionCode, Integer year, List<Change> changes,
                               List<Lang> upToDate) {

    public ComparisonInsert {
        changes = List.copyOf(changes);
        upToDate = List.copyOf(upToDate);
    }

    public record Change(Lang lang, String before, String after) {

        /** True when the section has no comparison block in this language yet. */
        public boolean inserts() {
            return before.isEmpty();
        }
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
