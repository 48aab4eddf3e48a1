package org.dialoguedesk.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A returned workbook as read, before any check: the fields of its identity sheet, the answer cell
 * map that sheet gives, what each of those cells holds, and the question code found in column A of
 * each cell's row (so a row inserted, deleted or sorted in a section sheet is noticed even though the
 * hidden map still looks intact).
 */
public record ReturnedForm(String fileName, Map<String, String> identity, List<AnswerCell> cells,
                           Map<String, FormCell> values, Map<String, String> rowCodes) {

    public static final String FIELD_FORMAT = "format";
    public static final String FORMAT = "dialogue-desk-form/1";
    public static final String FIELD_ROUND_ID = "round_id";
    public static final String FIELD_ROUND_TITLE = "round_title";
    public static final String FIELD_COUNTRY = "country";
    public static final String FIELD_VERSION_ID = "template_version_id";
    public static final String FIELD_VERSION_NUMBER = "template_version_number";
    public static final String FIELD_LANGUAGE = "form_language";
    public static final String FIELD_GENERATED_AT = "generated_at";
    public static final String FIELD_FINGERPRINT = "fingerprint";

    public ReturnedForm {
        identity = Map.copyOf(identity);
        cells = List.copyOf(cells);
        values = Map.copyOf(values);
        rowCodes = Map.copyOf(rowCodes);
    }

    public Optional<String> field(String name) {
        return Optional.ofNullable(identity.get(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    public FormCell value(String key) {
        return values.getOrDefault(key, FormCell.BLANK);
    }
}
