package org.dialoguedesk.profile.ui;

import java.util.Map;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.profile.Profile;
import org.dialoguedesk.profile.SectionStatus;

/**
 * A profile in the list: its title in the window language, its kind, its dialogue's acronym ("" for
 * none), how far it is (its least advanced section's status, null without sections), the share of
 * sections current in each language and that share as "EN 100 · FR 86 · AR 71".
 */
public record ProfileRow(Profile profile, String title, String kind, String dialogue, SectionStatus status,
                         Map<Lang, Double> shares, String completeness) {

    public ProfileRow {
        shares = Map.copyOf(shares);
    }

    /** Whether some section lacks a current text in that language. */
    public boolean incompleteIn(Lang lang) {
        return shares.getOrDefault(lang, 0.0) < 1.0;
    }
}
