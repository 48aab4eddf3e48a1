package org.dialoguedesk.questionnaire;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface TemplateVersionRepository {

    /** The versions of a template with their sections and questions, by number. */
    List<TemplateVersion> ofTemplate(UUID templateId);

    Optional<TemplateVersion> find(UUID versionId);

    /**
     * Saves a version with its content. The version row must be new or at revision - 1. A section or
     * question whose revision equals the stored one is unchanged and not written; one with a higher
     * revision must be exactly one more; stored ones no longer in the version are removed.
     */
    void save(TemplateVersion version);
}
