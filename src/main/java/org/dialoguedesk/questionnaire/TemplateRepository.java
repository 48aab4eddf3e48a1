package org.dialoguedesk.questionnaire;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface TemplateRepository {

    /** Every template, by English title. */
    List<Template> all();

    Optional<Template> find(UUID id);

    Optional<Template> findByKey(String key);

    /** Inserts a new record (revision 1) or updates the stored one, which must be at revision - 1. */
    void save(Template template);
}
