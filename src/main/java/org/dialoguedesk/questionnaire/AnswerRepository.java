package org.dialoguedesk.questionnaire;

import java.util.List;
import java.util.UUID;

public interface AnswerRepository {

    /** The answers of one recipient, by question code. */
    List<Answer> ofRecipient(UUID recipientId);

    /** The answers of every recipient of a round. */
    List<Answer> ofRound(UUID roundId);

    /** Saves an answer (new, or stored at revision - 1) with its values, replacing the stored values. */
    void save(Answer answer);

    void delete(UUID answerId);
}
