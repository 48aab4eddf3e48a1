package org.dialoguedesk.questionnaire;

import java.util.List;
import org.dialoguedesk.common.Localized;

/**
 * A template's content before it is saved: what an XLSForm import or the sample file yields. Saved
 * as a new template, or as a new version of the template with the same key.
 */
public record TemplateDraft(String key, Localized title, Localized description, List<Section> sections) {

    public TemplateDraft {
        key = key == null ? "" : key.strip();
        description = description == null ? new Localized("", "", "") : description;
        sections = List.copyOf(sections);
    }
}
