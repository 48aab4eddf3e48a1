package org.dialoguedesk.profile;

import java.util.Objects;
import org.dialoguedesk.common.Lang;

/**
 * What a published version said in one section and language: its status and access then, the text,
 * and the indicators as a Markdown table, so that two versions compare like text.
 */
public record VersionText(String sectionCode, Lang lang, SectionStatus status, Access access, String markdown,
                          String indicators) {

    public VersionText {
        Objects.requireNonNull(sectionCode, "sectionCode");
        Objects.requireNonNull(lang, "lang");
        markdown = markdown == null ? "" : markdown;
        indicators = indicators == null ? "" : indicators;
    }
}
