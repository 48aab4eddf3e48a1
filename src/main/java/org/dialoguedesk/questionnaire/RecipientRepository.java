package org.dialoguedesk.questionnaire;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface RecipientRepository {

    /** The recipients of a round with their status histories, by country code. */
    List<Recipient> ofRound(UUID roundId);

    Optional<Recipient> find(UUID id);

    /** The recipient of a round for one country (ISO alpha-3), with its history. */
    Optional<Recipient> find(UUID roundId, String countryCode);

    /**
     * Saves a recipient (new, or stored at revision - 1) and appends the entries of its history not
     * yet stored; stored history entries are never changed.
     */
    void save(Recipient recipient);

    /** Removes a recipient and its history; only for one to whom nothing was ever sent. */
    void delete(UUID id);
}
