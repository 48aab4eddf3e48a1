package org.dialoguedesk.profile;

import java.util.Objects;
import java.util.UUID;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.RecordMeta;

/**
 * A section's text in one language, in Markdown. {@code textRevision} counts the changes of this text;
 * a translation's {@code sourceRevision} is the revision of the source-language text it translates
 * (null for the source text itself, or a translation made before any source existed).
 */
public record SectionText(RecordMeta meta, UUID sectionId, Lang lang, String markdown, int textRevision,
                          Integer sourceRevision) {

    public SectionText {
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(lang, "lang");
        markdown = markdown == null ? "" : markdown;
        if (textRevision < 1) {
            throw new IllegalArgumentException("a text starts at revision 1");
        }
    }

    public boolean isBlank() {
        return markdown.isBlank();
    }

    /** A translation whose source text changed after it was translated (or was never matched to one). */
    public boolean isStaleAgainst(SectionText source) {
        return source != null && !source.isBlank() && !isBlank()
                && (sourceRevision == null || sourceRevision < source.textRevision());
    }
}
