package org.dialoguedesk.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dialoguedesk.common.Localized;

/**
 * What compiling a profile needs of a questionnaire round: its title and reference year, the codes of
 * its questions, and a country's accepted answers. The app wires it to the questionnaire services,
 * so this core stays independent of them.
 */
public interface RoundAnswers {

    /** A coded, labelled row or column of a table question. */
    record Option(String code, Localized label) {
    }

    /**
     * One accepted answer: the question (code, label, type name as the questionnaire names it, a
     * table's rows and columns), the values by answer key, the national-definition note, and the day
     * it was accepted.
     */
    record Accepted(String questionCode, Localized label, String type, List<Option> rows, List<Option> columns,
                    Map<String, String> values, String note, LocalDate acceptedOn) {
    }

    Optional<String> title(UUID roundId);

    /** The year a simple figure of the round refers to: the year before the round opened. */
    int referenceYear(UUID roundId);

    Set<String> questionCodes(UUID roundId);

    List<Accepted> accepted(UUID roundId, String countryCode);
}
