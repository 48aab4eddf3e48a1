package org.dialoguedesk.profile;

import java.util.Objects;
import java.util.UUID;
import org.dialoguedesk.common.Localized;

/**
 * A section of a profile template: its code (e.g. {@code asylum}), title, default access level and,
 * where it applies, the partner agency (an organisation of the roster) that validates it.
 */
public record TemplateSection(String code, Localized title, Access access, UUID validatorId) {

    public TemplateSection {
        code = code == null ? "" : code.strip();
        Objects.requireNonNull(title, "title");
        access = access == null ? Access.PUBLIC : access;
    }
}
