package org.dialoguedesk.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dialoguedesk.bundle.FieldValues;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Reads a record's rows by the table metadata of its {@link RecordShape}, so every kind is handled by the
 * same code: the root row's content columns and each child table as a list of row maps ({@link RecordWriter}
 * writes them back). The local bookkeeping columns ({@code updated_at}, {@code updated_by}, {@code revision})
 * are not content.
 */
final class RecordRows {

    static final Set<String> LOCAL_COLUMNS = Set.of("updated_at", "updated_by", "revision");
    private static final String ID = "id";
    /** Well below SQLite's limit on a statement's parameters. */
    private static final int IN_PART = 5_000;

    private final DSLContext dsl;

    RecordRows(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The next records of the shape after {@code afterId} (from the first when null), at most {@code limit}:
     * root id → field map, roots and children in primary-key order.
     */
    Map<String, Map<String, Object>> readAfter(RecordShape shape, String afterId, int limit) {
        return records(shape, Reading.of(shape.root(), null, shape.children(), List.of()).rows().after(dsl, ID, afterId, limit));
    }

    /** The records of the shape with these ids, those that exist. */
    Map<String, Map<String, Object>> read(RecordShape shape, Collection<String> ids) {
        List<Object[]> roots = new ArrayList<>();
        for (List<String> part : parts(ids)) {
            roots.addAll(Reading.of(shape.root(), null, shape.children(), List.of()).rows().whereIn(dsl, ID, part, List.of(ID)));
        }
        return records(shape, roots);
    }

    private Map<String, Map<String, Object>> records(RecordShape shape, List<Object[]> roots) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        if (roots.isEmpty()) {
            return out;
        }
        Reading reading = Reading.of(shape.root(), null, shape.children(), List.of());
        List<String> ids = roots.stream().map(r -> (String) r[reading.id()]).toList();
        List<Map<String, List<Map<String, Object>>>> children = new ArrayList<>();
        for (RecordShape.Child child : shape.children()) {
            children.add(readChildren(child, ids));
        }
        for (Object[] row : roots) {
            String id = (String) row[reading.id()];
            out.put(id, reading.fields(row, children, id));
        }
        return out;
    }

    private Map<String, List<Map<String, Object>>> readChildren(RecordShape.Child child, List<String> parentIds) {
        Reading reading = Reading.of(child.table(), child.parentColumn(), child.children(), child.packed());
        List<Object[]> rows = new ArrayList<>();
        List<String> order = java.util.Arrays.stream(primaryKey(child.table())).map(Field::getName).toList();
        for (List<String> part : parts(parentIds)) {
            rows.addAll(reading.rows().whereIn(dsl, child.parentColumn(), part, order));
        }
        List<Map<String, List<Map<String, Object>>>> grandChildren = new ArrayList<>();
        if (!child.children().isEmpty()) {
            List<String> ids = rows.stream().map(r -> (String) r[reading.id()]).toList();
            for (RecordShape.Child grandChild : child.children()) {
                grandChildren.add(readChildren(grandChild, ids));
            }
        }
        Map<String, List<Map<String, Object>>> byParent = new HashMap<>();
        for (Object[] row : rows) {
            String parentId = (String) row[reading.parent()];
            String id = child.children().isEmpty() ? null : (String) row[reading.id()];
            byParent.computeIfAbsent(parentId, p -> new ArrayList<>())
                    .add(reading.fields(row, grandChildren, id));
        }
        return byParent;
    }

    /** Ids in parts small enough for one statement's parameters. */
    private static List<List<String>> parts(Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_PART) {
            out.add(all.subList(i, Math.min(all.size(), i + IN_PART)));
        }
        return out;
    }

    /**
     * How a table's rows are read into field maps: where its id and parent columns are, its content
     * columns ({@link #contentColumns}) and the columns its packed rows are in, by position; worked out
     * once per table.
     */
    private record Reading(TableRows rows, int id, int parent, int[] content, List<PackedRows> packed, int[] packedAt,
            String[] names) {

        private static final Map<String, Reading> ALL = new java.util.concurrent.ConcurrentHashMap<>();

        /**
         * The names are the content columns', the child tables' then the packed rows', shared by every row's
         * field map.
         */
        static Reading of(Table<?> table, String parentColumn, List<RecordShape.Child> childShapes, List<PackedRows> packed) {
            return ALL.computeIfAbsent(table.getName() + "|" + parentColumn, k -> {
                TableRows rows = TableRows.of(table);
                List<Field<?>> content = contentColumns(table, parentColumn, packed);
                int[] at = new int[content.size()];
                List<String> names = new ArrayList<>();
                for (int i = 0; i < at.length; i++) {
                    names.add(content.get(i).getName());
                    at[i] = rows.index(content.get(i).getName());
                }
                childShapes.forEach(c -> names.add(c.table().getName()));
                int[] packedAt = new int[packed.size()];
                for (int i = 0; i < packedAt.length; i++) {
                    names.add(packed.get(i).name());
                    packedAt[i] = rows.index(packed.get(i).column().getName());
                }
                int id = table.field(ID) == null ? -1 : rows.index(ID);
                return new Reading(rows, id, parentColumn == null ? -1 : rows.index(parentColumn), at, packed, packedAt,
                        names.toArray(String[]::new));
            });
        }

        /** A row's field map: its content columns, then each child table's rows under the table's name. */
        Map<String, Object> fields(Object[] row, List<Map<String, List<Map<String, Object>>>> children, String id) {
            Object[] values = new Object[names.length];
            for (int i = 0; i < content.length; i++) {
                values[i] = row[content[i]];
            }
            int at = content.length;
            for (int i = 0; i < children.size(); i++) {
                values[at++] = children.get(i).getOrDefault(id, List.of());
            }
            for (int i = 0; i < packedAt.length; i++) {
                values[at++] = packed.get(i).read((String) row[packedAt[i]]);
            }
            return FieldValues.adopt(names, values);
        }
    }

    /**
     * The columns that are a row's content: all but the local bookkeeping, the column pointing to the
     * parent row (the nesting says it), a root's id (the record's key says it) and the columns holding
     * packed rows (their rows are listed like a child table's).
     */
    static List<Field<?>> contentColumns(Table<?> table, String parentColumn, List<PackedRows> packed) {
        List<Field<?>> out = new ArrayList<>();
        for (Field<?> f : table.fields()) {
            String name = f.getName();
            if (!LOCAL_COLUMNS.contains(name) && !name.equals(parentColumn) && !(parentColumn == null && name.equals(ID))
                    && packed.stream().noneMatch(p -> p.column().getName().equals(name))) {
                out.add(f);
            }
        }
        return out;
    }

    private static Field<?>[] primaryKey(Table<?> table) {
        if (table.getPrimaryKey() == null) {
            return table.fields();
        }
        return table.getPrimaryKey().getFields().toArray(Field[]::new);
    }

    @SuppressWarnings("unchecked")
    static Field<Object> field(Table<?> table, String name) {
        Field<?> f = table.field(name);
        if (f == null) {
            throw new IllegalStateException(table.getName() + " has no column " + name);
        }
        return (Field<Object>) f;
    }
}
