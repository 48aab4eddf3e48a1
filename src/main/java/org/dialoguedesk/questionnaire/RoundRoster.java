package org.dialoguedesk.questionnaire;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What rounds need to know of the roster: who the partner states of a dialogue are and who their
 * national focal points are on a given day. The app wires it to the roster services, so this core
 * stays independent of the roster's.
 */
public interface RoundRoster {

    boolean dialogueExists(UUID dialogueId);

    boolean countryExists(String countryCode);

    /** ISO alpha-3 codes of the partner states of the dialogue on that day. */
    List<String> partnerStates(UUID dialogueId, LocalDate on);

    /** The contact serving as national focal point of the country in the dialogue on that day. */
    Optional<UUID> focalPoint(UUID dialogueId, String countryCode, LocalDate on);
}
