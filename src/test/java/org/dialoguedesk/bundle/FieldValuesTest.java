package org.dialoguedesk.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Field maps adopted from two arrays (rows read from the store) behave as the copies {@link FieldValues#copyOf} makes. */
class FieldValuesTest {

    private static final String[] ROW = {"code", "position", "values"};

    @Test
    void anAdoptedRowIsTheMapOfItsNamesAndValuesInTheirOrder() {
        Map<String, Object> child = FieldValues.adopt(new String[] {"key"}, new Object[] {"yes"});
        Map<String, Object> row = FieldValues.adopt(ROW, new Object[] {"Q1", 3L, new ArrayList<>(List.of(child))});
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("code", "Q1");
        expected.put("position", 3L);
        expected.put("values", List.of(Map.of("key", "yes")));
        assertEquals(expected, row);
        assertEquals(expected, FieldValues.copyOf(expected));
        assertEquals(List.of("code", "position", "values"), List.copyOf(row.keySet()));
        assertEquals(CanonicalHash.of(expected), CanonicalHash.of(row));
        assertSame(row, FieldValues.copyOf(row), "already normal: records pass it on without copying");
    }

    @Test
    void anAdoptedRowCannotBeChangedNorItsChildList() {
        Map<String, Object> row = FieldValues.adopt(ROW, new Object[] {"Q1", 3L, new ArrayList<>()});
        assertThrows(UnsupportedOperationException.class, () -> row.put("code", "Q2"));
        @SuppressWarnings("unchecked")
        List<Object> children = (List<Object>) row.get("values");
        assertThrows(UnsupportedOperationException.class, () -> children.add(Map.of()));
    }

    @Test
    void valuesThatNeedNormalisingAreNormalisedAsACopyWould() {
        Map<String, Object> row = FieldValues.adopt(ROW, new Object[] {"Q1", 3, List.of()});
        assertEquals(3L, row.get("position"));
        Map<String, Object> decimal = FieldValues.adopt(new String[] {"share"}, new Object[] {new BigDecimal("2.50")});
        assertEquals(new BigDecimal("2.5"), decimal.get("share"));
    }

    @Test
    void namesAndValuesMustPairUpAndNamesBeGivenOnce() {
        assertThrows(IllegalArgumentException.class, () -> FieldValues.adopt(ROW, new Object[] {"Q1"}));
        assertThrows(IllegalArgumentException.class, () -> FieldValues.adopt(new String[] {""}, new Object[] {"x"}));
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> FieldValues.adopt(new String[] {"code", "note", "code"}, new Object[] {"a", "b", "c"}));
        assertEquals(true, twice.getMessage().contains("'code'"), twice.getMessage());
    }

    /** Rows sharing one names array are hashed in name order worked out once; it must be the order of the names. */
    @Test
    void rowsSharingTheirNamesHashAsMapsOfTheSameFields() {
        String[] names = {"zeta", "alpha", "mid"};
        for (Object[] values : List.of(new Object[] {"z1", 1L, null}, new Object[] {"z2", 2L, "m"})) {
            Map<String, Object> plain = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                plain.put(names[i], values[i]);
            }
            assertEquals(CanonicalHash.of(plain), CanonicalHash.of(FieldValues.adopt(names, values.clone())));
            assertEquals(CanonicalHash.canonicalText(plain), CanonicalHash.canonicalText(FieldValues.adopt(names, values.clone())));
        }
        assertEquals("{\"alpha\":1,\"mid\":null,\"zeta\":\"z1\"}",
                CanonicalHash.canonicalText(FieldValues.adopt(names, new Object[] {"z1", 1L, null})));
    }
}
