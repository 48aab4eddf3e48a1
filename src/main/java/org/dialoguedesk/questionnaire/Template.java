package org.dialoguedesk.questionnaire;

import java.util.Objects;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.RecordMeta;

/**
 * A questionnaire agreed within a dialogue, e.g. the irregular and mixed migration country profile
 * questionnaire. Its questions live in its numbered {@link TemplateVersion}s. The key is a stable
 * code (the XLSForm {@code form_id}). {@code meta} is null only for a template not yet saved.
 */
public record Template(RecordMeta meta, String key, Localized title, Localized description) {

    public Template {
        key = key == null ? "" : key.strip();
        Objects.requireNonNull(title, "title");
        description = description == null ? new Localized("", "", "") : description;
    }

    public Template withTitle(Localized newTitle, Localized newDescription) {
        return new Template(meta, key, newTitle, newDescription);
    }

    Template withMeta(RecordMeta newMeta) {
        return new Template(newMeta, key, title, description);
    }
}
