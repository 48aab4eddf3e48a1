package org.dialoguedesk.questionnaire;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.dialoguedesk.common.RecordMeta;

/**
 * One numbered version of a template with all its sections and questions. Frozen when a round
 * uses it: from then on it is only read, and editing starts a new DRAFT version.
 */
public record TemplateVersion(RecordMeta meta, UUID templateId, int number, VersionStatus status,
                              LocalDate createdOn, LocalDate frozenOn, List<Section> sections) {

    public TemplateVersion {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdOn, "createdOn");
        sections = List.copyOf(sections);
    }

    public boolean isFrozen() {
        return status == VersionStatus.FROZEN;
    }

    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public Optional<Question> question(String code) {
        return questions().stream().filter(q -> q.code().equals(code)).findFirst();
    }

    public TemplateVersion withSections(List<Section> newSections) {
        return new TemplateVersion(meta, templateId, number, status, createdOn, frozenOn, newSections);
    }

    TemplateVersion with(RecordMeta newMeta, VersionStatus newStatus, LocalDate newFrozenOn) {
        return new TemplateVersion(newMeta, templateId, number, newStatus, createdOn, newFrozenOn, sections);
    }
}
