package org.dialoguedesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dialoguedesk.common.StoreException;
import org.junit.jupiter.api.Test;

/** An answer's values packed in its row read back as the child rows they were, in the order they were. */
class PackedRowsTest {

    private static final PackedRows VALUES = RecordShape.ANSWER_VALUES;

    private static Map<String, Object> row(long position, String key, String value) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("position", position);
        row.put("answer_key", key);
        row.put("value", value);
        return row;
    }

    @Test
    void rowsComeBackAsFieldMapsInTheOrderOfTheirKeysByCodePoint() {
        // U+FFFD sorts before an emoji by code point (and UTF-8 bytes, as SQLite sorted the table's key),
        // though Java's String.compareTo puts the emoji's surrogates first
        String json = VALUES.write(List.of(row(0, "stock", "1 200"), row(1, "\uFFFD", "x"), row(2, "😀", "y"),
                row(3, "année", "2024"), row(4, "an", "قيمة")), "test answer");
        assertEquals("[[0,\"stock\",\"1 200\"],[1,\"\uFFFD\",\"x\"],[2,\"😀\",\"y\"],[3,\"année\",\"2024\"],"
                + "[4,\"an\",\"قيمة\"]]", json, "held in the order given");
        List<Map<String, Object>> read = VALUES.read(json);
        assertEquals(List.of("an", "année", "stock", "\uFFFD", "😀"), read.stream().map(r -> r.get("answer_key")).toList());
        assertEquals(row(4, "an", "قيمة"), read.get(0));
        assertEquals(List.of("position", "answer_key", "value"), new ArrayList<>(read.get(0).keySet()));
    }

    @Test
    void valuesGivenAsArraysRoundTripInTheirOrder() {
        List<Object[]> rows = List.of(new Object[] {0L, "b", "2"}, new Object[] {1L, "a", "1"});
        List<Object[]> back = VALUES.values(VALUES.json(rows, "test answer"));
        assertEquals(2, back.size());
        assertArrayEquals(rows.get(0), back.get(0));
        assertArrayEquals(rows.get(1), back.get(1));
        assertEquals(List.of(), VALUES.read("[]"));
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingIt() {
        StoreException e = assertThrows(StoreException.class,
                () -> VALUES.write(List.of(row(0, "stock", "1"), row(1, "stock", "2")), "round record r1"));
        assertEquals("The round record r1 has 'stock' twice in 'questionnaire_answer_value.answer_key'.", e.getMessage());
    }

    @Test
    void emptyTextANegativePositionAndAWrongTypeAreRefusedNamingTheField() {
        assertTrue(assertThrows(StoreException.class, () -> VALUES.write(List.of(row(0, "stock", "")), "answer a"))
                .getMessage().contains("'questionnaire_answer_value.value'"));
        assertTrue(assertThrows(StoreException.class, () -> VALUES.write(List.of(row(-1, "stock", "1")), "answer a"))
                .getMessage().contains("'questionnaire_answer_value.position'"));
        Map<String, Object> wrong = row(0, "stock", "1");
        wrong.put("position", "first");
        assertTrue(assertThrows(StoreException.class, () -> VALUES.write(List.of(wrong), "answer a"))
                .getMessage().contains("a whole number, not negative"));
    }

    @Test
    void aRowWithAFieldMissingOrExtraIsRefused() {
        Map<String, Object> extra = row(0, "stock", "1");
        extra.put("unit", "persons");
        Map<String, Object> missing = row(0, "stock", "1");
        missing.remove("value");
        for (Map<String, Object> odd : List.of(extra, missing)) {
            StoreException e = assertThrows(StoreException.class, () -> VALUES.write(List.of(odd), "answer a"));
            assertEquals("The answer a needs rows of the fields [position, answer_key, value] in "
                    + "'questionnaire_answer_value'.", e.getMessage());
        }
    }

    @Test
    void aColumnOfAnotherShapeIsNamedAsSuch() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> VALUES.read("[[\"stock\",0,\"1\"]]"));
        assertTrue(e.getMessage().contains("another shape"), e.getMessage());
    }
}
