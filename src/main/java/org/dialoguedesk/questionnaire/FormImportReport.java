package org.dialoguedesk.questionnaire;

import java.util.List;
import org.dialoguedesk.common.Problem;

/**
 * What the import of one returned workbook found and did. Problems name the sheet and cell in their
 * field ({@code 2 Detection!C7}) where there is one. {@code errors} refuse the file; {@code warnings}
 * (e.g. a required question left blank) do not. {@code changes} are the differences from the answers
 * stored before; {@code answered} of {@code questions} questions have an answer in the file.
 */
public record FormImportReport(String file, ImportOutcome outcome, String roundTitle, String countryCode,
                               List<Problem> errors, List<Problem> warnings, List<AnswerChange> changes,
                               int answered, int questions, RecipientStatus statusAfter) {

    public FormImportReport {
        roundTitle = roundTitle == null ? "" : roundTitle;
        countryCode = countryCode == null ? "" : countryCode;
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        changes = List.copyOf(changes);
    }

    static FormImportReport refused(String file, String roundTitle, String country, List<Problem> errors) {
        return new FormImportReport(file, ImportOutcome.REFUSED, roundTitle, country, errors, List.of(), List.of(),
                0, 0, null);
    }
}
