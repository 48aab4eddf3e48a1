package org.dialoguedesk.profile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.RecordMeta;

/** An agreed list of sections that profiles of the given kinds follow. */
public record ProfileTemplate(RecordMeta meta, String key, Localized title, Set<ProfileKind> kinds,
                              List<TemplateSection> sections) {

    public ProfileTemplate {
        key = key == null ? "" : key.strip();
        Objects.requireNonNull(title, "title");
        kinds = Set.copyOf(kinds);
        sections = List.copyOf(sections);
    }

    public Optional<TemplateSection> section(String code) {
        return sections.stream().filter(s -> s.code().equals(code)).findFirst();
    }
}
