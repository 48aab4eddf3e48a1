package org.dialoguedesk.profile;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ProfileTemplateRepository {

    List<ProfileTemplate> all();

    Optional<ProfileTemplate> find(UUID id);

    /** Saves a template with its sections (new, or stored at revision - 1). */
    void save(ProfileTemplate template);

    /** The answer mappings of a template, by question code. */
    List<AnswerMapping> mappings(UUID templateId);

    /** Replaces the answer mappings of a template. */
    void saveMappings(UUID templateId, List<AnswerMapping> mappings);
}
