package org.dialoguedesk.bundle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a record's field map may hold: text, whole numbers (as {@code Long}), decimals (as
 * {@code BigDecimal}), booleans, null, and lists of child field maps. Normalising on the way in makes
 * {@code 3}, {@code 3L} and {@code 3.0} one value, so equal contents compare and hash equal.
 */
public final class FieldValues {

    private FieldValues() {
    }

    /**
     * An unmodifiable, normalised copy of a field map, in its given order.
     *
     * @throws IllegalArgumentException naming the field whose value is of no allowed type
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> copyOf(Map<String, ?> fields) {
        if (fields instanceof Normalised) {
            // made by this method, so already normalised and unmodifiable: records pass their content on freely
            return (Map<String, Object>) fields;
        }
        LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("A record field has no name");
            }
            copy.put(name, normalise(name, value));
        });
        return new Normalised(copy);
    }

    /**
     * A row's fields as their maker laid them out, {@code names[i]} holding {@code values[i]}, handed over
     * never to be changed again: taken as they are (lists made read-only) when every value is already
     * normal, such as rows just read from the store. Two arrays, the names shared by every row of a table,
     * weigh a fraction of a map of entries, and a large export holds hundreds of thousands of rows.
     * Copied by {@link #copyOf} when a value needs normalising.
     */
    public static Map<String, Object> adopt(String[] names, Object[] values) {
        if (names.length != values.length) {
            throw new IllegalArgumentException(names.length + " names for " + values.length + " values");
        }
        checkUnique(names);
        for (int i = 0; i < names.length; i++) {
            if (names[i] == null || names[i].isEmpty() || !isNormal(values[i])) {
                LinkedHashMap<String, Object> fields = new LinkedHashMap<>();
                for (int j = 0; j < names.length; j++) {
                    fields.put(names[j], values[j]);
                }
                return copyOf(fields);
            }
            if (values[i] instanceof List<?> list) {
                values[i] = Collections.unmodifiableList(list);
            }
        }
        return new Normalised(new ArrayFields(names, values));
    }

    /**
     * What this thread last worked out about a few names arrays: rows of one table share theirs, and a
     * record's tables take turns (an answer's row, then its values' rows, then the next answer's).
     */
    private static final class Recent {
        static final int SIZE = 8;
        final String[][] unique = new String[SIZE][];
        int nextUnique;
        final String[][] sorted = new String[SIZE][];
        final int[][] order = new int[SIZE][];
        int nextSorted;
    }

    private static final ThreadLocal<Recent> RECENT = ThreadLocal.withInitial(Recent::new);

    private static void checkUnique(String[] names) {
        Recent recent = RECENT.get();
        for (String[] known : recent.unique) {
            if (known == names) {
                return;
            }
        }
        for (int i = 0; i < names.length; i++) {
            for (int j = 0; j < i; j++) {
                if (names[i] != null && names[i].equals(names[j])) {
                    throw new IllegalArgumentException("Field '" + names[i] + "' is named twice");
                }
            }
        }
        recent.unique[recent.nextUnique] = names;
        recent.nextUnique = (recent.nextUnique + 1) % Recent.SIZE;
    }

    /**
     * Gives a field map's fields in the order of their names (String order), as {@link CanonicalHash} writes
     * them: for rows in arrays, the order is worked out once for all the rows sharing their names.
     */
    static void forEachInNameOrder(Map<?, ?> map, java.util.function.BiConsumer<String, Object> action) {
        if (map instanceof Normalised n && n.fields instanceof ArrayFields row) {
            int[] order = order(row.names);
            for (int i : order) {
                action.accept(row.names[i], row.values[i]);
            }
            return;
        }
        Object[] keys = map.keySet().toArray();
        java.util.Arrays.sort(keys);
        for (Object key : keys) {
            action.accept((String) key, map.get(key));
        }
    }

    private static int[] order(String[] names) {
        Recent recent = RECENT.get();
        for (int k = 0; k < Recent.SIZE; k++) {
            if (recent.sorted[k] == names) {
                return recent.order[k];
            }
        }
        // an insertion sort of the positions: a row has a dozen names or so
        int[] order = new int[names.length];
        for (int i = 0; i < order.length; i++) {
            int j = i;
            while (j > 0 && names[order[j - 1]].compareTo(names[i]) > 0) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        int k = recent.nextSorted;
        recent.sorted[k] = names;
        recent.order[k] = order;
        recent.nextSorted = (k + 1) % Recent.SIZE;
        return order;
    }

    private static boolean isNormal(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long) {
            return true;
        }
        if (value instanceof List<?> list) {
            for (Object child : list) {
                if (!(child instanceof Normalised)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** A normalised copy: unmodifiable, in its given order, known not to need normalising again. */
    private static final class Normalised extends AbstractMap<String, Object> {

        private final Map<String, Object> fields;

        Normalised(LinkedHashMap<String, Object> fields) {
            this.fields = Collections.unmodifiableMap(fields);
        }

        Normalised(ArrayFields fields) {
            this.fields = fields;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return fields.entrySet();
        }

        @Override
        public Object get(Object key) {
            return fields.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return fields.containsKey(key);
        }

        @Override
        public int size() {
            return fields.size();
        }

        @Override
        public void forEach(java.util.function.BiConsumer<? super String, ? super Object> action) {
            fields.forEach(action);
        }
    }

    /** Fields in two arrays, read-only; looked up by scanning, as a row has a dozen fields or so. */
    private static final class ArrayFields extends AbstractMap<String, Object> {

        private final String[] names;
        private final Object[] values;

        ArrayFields(String[] names, Object[] values) {
            this.names = names;
            this.values = values;
        }

        private int indexOf(Object key) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public Object get(Object key) {
            int i = indexOf(key);
            return i < 0 ? null : values[i];
        }

        @Override
        public boolean containsKey(Object key) {
            return indexOf(key) >= 0;
        }

        @Override
        public int size() {
            return names.length;
        }

        @Override
        public void forEach(java.util.function.BiConsumer<? super String, ? super Object> action) {
            for (int i = 0; i < names.length; i++) {
                action.accept(names[i], values[i]);
            }
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new java.util.AbstractSet<>() {
                @Override
                public java.util.Iterator<Entry<String, Object>> iterator() {
                    return new java.util.Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < names.length;
                        }

                        @Override
                        public Entry<String, Object> next() {
                            if (next >= names.length) {
                                throw new java.util.NoSuchElementException();
                            }
                            Entry<String, Object> e = new SimpleImmutableEntry<>(names[next], values[next]);
                            next++;
                            return e;
                        }
                    };
                }

                @Override
                public int size() {
                    return names.length;
                }
            };
        }
    }

    private static Object normalise(String name, Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            BigDecimal decimal = value instanceof BigDecimal big ? big : new BigDecimal(value.toString());
            decimal = decimal.stripTrailingZeros();
            if (decimal.scale() <= 0 && decimal.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
                return decimal.longValueExact();
            }
            return decimal;
        }
        if (value instanceof List<?> list) {
            List<Object> children = new ArrayList<>(list.size());
            for (Object child : list) {
                if (!(child instanceof Map<?, ?> map)) {
                    throw new IllegalArgumentException("Field '" + name + "' lists something that is not a child record");
                }
                @SuppressWarnings("unchecked")
                Map<String, ?> fields = (Map<String, ?>) map;
                children.add(copyOf(fields));
            }
            return Collections.unmodifiableList(children);
        }
        throw new IllegalArgumentException("Field '" + name + "' holds a " + value.getClass().getSimpleName()
                + ", which a record cannot carry");
    }
}
