package org.dialoguedesk.profile.ui;

import java.util.Map;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.profile.ProfileSection;
import org.dialoguedesk.profile.TranslationState;

/**
 * A section of the chosen profile: its title from the template in the window language, how it stands
 * in each language, and the acronym of the partner agency that validates it (empty when none does).
 */
public record SectionRow(ProfileSection section, String title, Map<Lang, TranslationState> states,
                         String validator) {

    public SectionRow {
        states = Map.copyOf(states);
    }

    public String code() {
        return section.code();
    }

    public TranslationState state(Lang lang) {
        return states.getOrDefault(lang, TranslationState.MISSING);
    }
}
