package org.dialoguedesk.store;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dialoguedesk.bundle.FieldValues;
import org.dialoguedesk.common.StoreException;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.exception.DataTypeException;
import org.jooq.impl.DSL;

/**
 * Reads and writes a record's rows by the table metadata of its {@link RecordShape}, so every kind is
 * handled by the same code: the root row's columns and each child table as a list of row maps. The
 * local bookkeeping columns ({@code updated_at}, {@code updated_by}, {@code revision}) are not content:
 * they are set here when a record is written, so that touching a row without changing it is no edit.
 */
final class RecordRows {

    static final Set<String> LOCAL_COLUMNS = Set.of("updated_at", "updated_by", "revision");
    private static final String ID = "id";
    /** Well below SQLite's limit on a statement's parameters. */
    private static final int IN_PART = 5_000;

    private final DSLContext dsl;
    private final Map<Table<?>, Pending> pendingInserts = new LinkedHashMap<>();

    RecordRows(DSLContext dsl) {
        this.dsl = dsl;
    }

    private int pendingRows;
    /** Shared with the thread making {@link #rowsOfNew}: a concurrent map. */
    private final Map<String, Layout> layouts = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Rows waiting to be inserted into one table, each as its values in the order of {@code fields}: every
     * row of a table is made by the same code, so its columns come in the same order.
     */
    private record Pending(List<Field<?>> fields, List<Object[]> rows) {
    }

    private void insert(Table<?> table, Map<Field<?>, Object> values) {
        Pending pending = pendingInserts.computeIfAbsent(table,
                t -> new Pending(List.copyOf(values.keySet()), new ArrayList<>()));
        // held as an array of values: a large import keeps ten thousand rows waiting at a time
        Object[] row = new Object[pending.fields().size()];
        int i = 0;
        for (Map.Entry<Field<?>, Object> e : values.entrySet()) {
            if (i >= row.length || e.getKey() != pending.fields().get(i)) {
                throw new IllegalStateException("The rows of " + table.getName() + " do not all have the same columns");
            }
            row[i++] = jdbcValue(e.getValue());
        }
        if (i != row.length) {
            throw new IllegalStateException("The rows of " + table.getName() + " do not all have the same columns");
        }
        pending.rows().add(row);
        pendingRows++;
    }

    /** How many rows wait for {@link #flush()}: a caller flushes often enough to keep memory bounded. */
    int pendingRows() {
        return pendingRows;
    }

    /** Runs the inserts {@link #write} left waiting, one prepared statement per table. */
    void flush() {
        for (Map.Entry<Table<?>, Pending> e : pendingInserts.entrySet()) {
            List<Field<?>> fields = e.getValue().fields();
            // the statement as jOOQ writes it, its values bound straight through JDBC: a large import binds
            // hundreds of thousands of rows, and the values are already of the columns' Java types
            String sql = dsl.render(dsl.insertInto(e.getKey(), fields).values(new Object[fields.size()]));
            dsl.connection(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(sql)) {
                    for (Object[] row : e.getValue().rows()) {
                        for (int i = 0; i < row.length; i++) {
                            insert.setObject(i + 1, row[i]);
                        }
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            });
        }
        pendingInserts.clear();
        pendingRows = 0;
    }

    /** What the SQLite driver binds as SQLite stores it: decimals as REAL, flags as 0 or 1. */
    private static Object jdbcValue(Object value) {
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.doubleValue();
        }
        if (value instanceof Boolean flag) {
            return flag ? 1L : 0L;
        }
        return value;
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

    /** Removes a record's rows, children first. */
    void delete(RecordShape shape, String id) {
        deleteChildren(shape.children(), List.of(id));
        dsl.deleteFrom(shape.root()).where(field(shape.root(), ID).eq(id)).execute();
    }

    private void deleteChildren(List<RecordShape.Child> children, Collection<String> parentIds) {
        for (RecordShape.Child child : children) {
            Field<Object> parent = field(child.table(), child.parentColumn());
            if (!child.children().isEmpty()) {
                List<String> ids = dsl.select(field(child.table(), ID)).from(child.table()).where(parent.in(parentIds))
                        .fetch(r -> (String) r.value1());
                deleteChildren(child.children(), ids);
            }
            dsl.deleteFrom(child.table()).where(parent.in(parentIds)).execute();
        }
    }

    /**
     * Writes a record's rows as its field map says: the root row updated in place (or inserted), its
     * child rows replaced. {@code exists} says whether the desk may have rows of it (looking for rows
     * of every new record would make a large first import many times slower). Revisions go one up from
     * the rows they replace, so a screen holding the old copy is told it changed. Inserts wait for
     * {@link #flush()}.
     *
     * @throws StoreException naming the record and field the desk cannot store
     */
    void write(RecordShape shape, String id, Map<String, Object> content, boolean exists, String now, String officer) {
        if (!exists) {
            insert(rowsOfNew(shape, id, content, now, officer));
            return;
        }
        String what = what(shape, id);
        Map<String, Long> revisions = new HashMap<>();
        Table<?> root = shape.root();
        collectRevisions(shape.children(), List.of(id), revisions);
        Long oldRevision = dsl.select(field(root, "revision")).from(root).where(field(root, ID).eq(id))
                .fetchOptional(r -> (Long) r.value1()).orElse(null);
        deleteChildren(shape.children(), List.of(id));
        Map<Field<?>, Object> values = columns(root, null, shape.children(), List.of(), content, what);
        values.put(field(root, ID), id);
        stamp(root, values, oldRevision, now, officer);
        if (oldRevision == null) {
            insert(root, values);
        } else {
            dsl.update(root).set(values).where(field(root, ID).eq(id)).execute();
        }
        insertChildren(shape.children(), id, content, revisions, now, officer, what, this::insert);
    }

    /**
     * The rows of a record the desk has none of, ready for {@link #insert(NewRows)}: made from the field map
     * alone, without the connection, so an import makes them on the thread reading the bundle while this
     * one inserts the rows before.
     *
     * @throws StoreException naming the record and field the desk cannot store
     */
    NewRows rowsOfNew(RecordShape shape, String id, Map<String, Object> content, String now, String officer) {
        String what = what(shape, id);
        NewRows rows = new NewRows(new ArrayList<>(), new ArrayList<>());
        Table<?> root = shape.root();
        Map<Field<?>, Object> values = columns(root, null, shape.children(), List.of(), content, what);
        values.put(field(root, ID), id);
        stamp(root, values, null, now, officer);
        rows.add(root, values);
        insertChildren(shape.children(), id, content, Map.of(), now, officer, what, rows::add);
        return rows;
    }

    /** Rows to insert, each with its table, in the order they are to go in (parents first). */
    record NewRows(List<Table<?>> tables, List<Map<Field<?>, Object>> rows) {

        void add(Table<?> table, Map<Field<?>, Object> values) {
            tables.add(table);
            rows.add(values);
        }
    }

    /** Adds the rows to those waiting for {@link #flush()}. */
    void insert(NewRows rows) {
        for (int i = 0; i < rows.tables().size(); i++) {
            insert(rows.tables().get(i), rows.rows().get(i));
        }
    }

    private static String what(RecordShape shape, String id) {
        return shape.kind().resourceName() + " record " + id;
    }

    private void collectRevisions(List<RecordShape.Child> children, Collection<String> parentIds, Map<String, Long> out) {
        for (RecordShape.Child child : children) {
            Table<?> t = child.table();
            if (t.field(ID) == null) {
                continue;
            }
            Field<Object> parent = field(t, child.parentColumn());
            List<String> ids = new ArrayList<>();
            Field<Object> revision = field(t, "revision");
            for (Record r : dsl.select(field(t, ID), revision).from(t).where(parent.in(parentIds)).fetch()) {
                ids.add((String) r.get(0));
                out.put((String) r.get(0), (Long) r.get(1));
            }
            collectRevisions(child.children(), ids, out);
        }
    }

    @SuppressWarnings("unchecked")
    private void insertChildren(List<RecordShape.Child> children, String parentId, Map<String, Object> content,
            Map<String, Long> revisions, String now, String officer, String what,
            java.util.function.BiConsumer<Table<?>, Map<Field<?>, Object>> insert) {
        for (RecordShape.Child child : children) {
            Table<?> t = child.table();
            for (Object item : (List<Object>) content.get(t.getName())) {
                Map<String, Object> row = (Map<String, Object>) item;
                Map<Field<?>, Object> values = columns(t, child.parentColumn(), child.children(), child.packed(), row,
                        what + " (" + t.getName() + ")");
                values.put(field(t, child.parentColumn()), parentId);
                String rowId = t.field(ID) == null ? null : (String) values.get(t.field(ID));
                stamp(t, values, rowId == null ? null : revisions.get(rowId), now, officer);
                insert.accept(t, values);
                insertChildren(child.children(), rowId, row, revisions, now, officer, what, insert);
            }
        }
    }

    private static void stamp(Table<?> table, Map<Field<?>, Object> values, Long oldRevision, String now, String officer) {
        if (table.field("revision") != null) {
            values.put(field(table, "updated_at"), now);
            values.put(field(table, "updated_by"), officer);
            values.put(field(table, "revision"), oldRevision == null ? 1L : oldRevision + 1);
        }
    }

    /**
     * The column values of one row from its field map, which must name exactly the row's columns (and
     * child tables): a bundle written by a desk with another schema is refused, not half stored.
     */
    private Map<Field<?>, Object> columns(Table<?> table, String parentColumn, List<RecordShape.Child> childShapes,
            List<PackedRows> packed, Map<String, Object> row, String what) {
        Layout layout = layouts.computeIfAbsent(table.getName() + "|" + parentColumn,
                k -> Layout.of(table, parentColumn, childShapes, packed));
        Set<String> expected = layout.names();
        List<Field<?>> content = layout.content();
        if (row.size() != expected.size() || !expected.containsAll(row.keySet())) {
            Set<String> unknown = new TreeSet<>(row.keySet());
            unknown.removeAll(expected);
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(row.keySet());
            throw new StoreException("The " + what + " cannot be stored: unknown fields " + unknown
                    + ", missing fields " + missing + ".");
        }
        for (RecordShape.Child c : childShapes) {
            needsList(row, c.table().getName(), what);
        }
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        for (Field<?> f : content) {
            String name = f.getName();
            Object value = row.get(name);
            if (value instanceof List<?>) {
                throw new StoreException("The " + what + " has a list where the field '" + name + "' needs one value.");
            }
            try {
                // most values already have the column's type (text, whole numbers): jOOQ's conversion is for the rest
                values.put(f, value == null || f.getType().isInstance(value) ? value : f.getDataType().convert(value));
            } catch (DataTypeException e) {
                throw new StoreException("The " + what + " has a value of the wrong type in '" + name + "': " + value, e);
            }
        }
        for (PackedRows p : packed) {
            values.put(p.column(), p.write(needsList(row, p.name(), what), what));
        }
        return values;
    }

    private static List<?> needsList(Map<String, Object> row, String name, String what) {
        if (row.get(name) instanceof List<?> list) {
            return list;
        }
        throw new StoreException("The " + what + " needs a list of rows in '" + name + "'.");
    }

    /** A table's content columns and the names a field map of its rows must have, worked out once per write. */
    private record Layout(List<Field<?>> content, Set<String> names) {

        static Layout of(Table<?> table, String parentColumn, List<RecordShape.Child> childShapes, List<PackedRows> packed) {
            List<Field<?>> content = contentColumns(table, parentColumn, packed);
            Set<String> names = new java.util.HashSet<>();
            content.forEach(f -> names.add(f.getName()));
            childShapes.forEach(c -> names.add(c.table().getName()));
            packed.forEach(p -> names.add(p.name()));
            return new Layout(content, Set.copyOf(names));
        }
    }

    /**
     * The columns that are a row's content: all but the local bookkeeping, the column pointing to the
     * parent row (the nesting says it), a root's id (the record's key says it) and the columns holding
     * packed rows (their rows are listed like a child table's).
     */
    private static List<Field<?>> contentColumns(Table<?> table, String parentColumn, List<PackedRows> packed) {
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
    private static Field<Object> field(Table<?> table, String name) {
        Field<?> f = table.field(name);
        if (f == null) {
            throw new IllegalStateException(table.getName() + " has no column " + name);
        }
        return (Field<Object>) f;
    }
}
