package org.dialoguedesk.roster;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which column of a file feeds which contact field. Guessed from the header row, then adjustable
 * (the import dialog lets the officer fix a guess) because every secretariat names its columns its
 * own way. Immutable: {@link #with} returns a changed copy.
 */
public final class ColumnMapping {

    private final List<String> header;
    private final Map<ContactColumn, Integer> columns;

    private ColumnMapping(List<String> header, Map<ContactColumn, Integer> columns) {
        this.header = List.copyOf(header);
        this.columns = columns.isEmpty() ? new EnumMap<>(ContactColumn.class) : new EnumMap<>(columns);
    }

    /** Maps each heading that names a field; the first of two headings for one field wins. */
    public static ColumnMapping guess(List<String> header) {
        Map<ContactColumn, Integer> found = new EnumMap<>(ContactColumn.class);
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            ContactColumn.forHeading(header.get(i)).ifPresent(c -> found.putIfAbsent(c, index));
        }
        return new ColumnMapping(header, found);
    }

    /** A copy where {@code field} reads column {@code index}, or is not read at all when index is negative. */
    public ColumnMapping with(ContactColumn field, int index) {
        if (index >= header.size()) {
            throw new IllegalArgumentException("column " + index + " is beyond the header (" + header.size() + ")");
        }
        Map<ContactColumn, Integer> changed = new EnumMap<>(ContactColumn.class);
        changed.putAll(columns);
        if (index < 0) {
            changed.remove(field);
        } else {
            changed.put(field, index);
        }
        return new ColumnMapping(header, changed);
    }

    public List<String> header() {
        return header;
    }

    public OptionalInt column(ContactColumn field) {
        Integer index = columns.get(field);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    public boolean isMapped(ContactColumn field) {
        return columns.containsKey(field);
    }

    /** The heading of the file column that feeds this field, or the field's own header when unmapped. */
    public String heading(ContactColumn field) {
        Integer index = columns.get(field);
        return index == null ? field.header() : header.get(index);
    }

    /** The field a file column feeds, if any. */
    public Optional<ContactColumn> fieldOf(int index) {
        return columns.entrySet().stream().filter(e -> e.getValue() == index).map(Map.Entry::getKey).findFirst();
    }

    public Map<ContactColumn, Integer> asMap() {
        return Collections.unmodifiableMap(columns);
    }
}
