package org.dialoguedesk.questionnaire;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What an officer gives to open a round. {@code openedOn} null means today (an earlier day records a
 * round that started before the desk was used); {@code countries} null means the dialogue's partner
 * states on that day.
 */
public record RoundDraft(UUID dialogueId, UUID templateVersionId, String title, LocalDate deadline,
                         LocalDate openedOn, List<String> countries) {

    public RoundDraft {
        countries = countries == null ? null : List.copyOf(countries);
    }
}
