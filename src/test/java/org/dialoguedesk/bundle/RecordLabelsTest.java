package org.dialoguedesk.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Child rows as a conflict card shows them: their values, without the bookkeeping. */
class RecordLabelsTest {

    @Test
    void anEmailRowReadsAsItsAddressAlone() {
        List<Map<String, Object>> emails = List.of(row("ordinal", 0L, "email", "head.unit@example.gov",
                "email_key", "head.unit@example.gov"), row("ordinal", 1L, "email", "d.borders@example.org",
                "email_key", "d.borders@example.org"));
        assertEquals("head.unit@example.gov\nd.borders@example.org", RecordLabels.full(emails));
    }

    @Test
    void aKeyWithoutTheFieldItFoldsIsContentAndStays() {
        List<Map<String, Object>> values = List.of(row("position", 0L, "answer_key", "Q3:row1:col2", "value", "12"));
        assertEquals("position: 0 \u00b7 answer_key: Q3:row1:col2 \u00b7 value: 12", RecordLabels.full(values));
    }

    private static Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
    }
}
