package org.dialoguedesk.questionnaire.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dialoguedesk.questionnaire.RecipientStatus;
import org.dialoguedesk.questionnaire.RoundBoard;
import org.dialoguedesk.questionnaire.Completeness;
import org.dialoguedesk.questionnaire.StatusChange;

/**
 * A recipient as the board's table shows it: names in the window's language, and its completeness
 * when answers are on record (empty: unknown).
 */
public record RoundRecipientRow(RoundBoard.Line line, String country, String focalPoint,
                                Optional<Completeness> completeness) {

    public String countryCode() {
        return line.countryCode();
    }

    public RecipientStatus status() {
        return line.status();
    }

    public LocalDate since() {
        return line.statusOn();
    }

    public boolean overdue() {
        return line.overdue();
    }

    public List<StatusChange> history() {
        return line.recipient().history();
    }
}
