package org.dialoguedesk.store;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dialoguedesk.common.StoreException;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.exception.DataTypeException;

/**
 * Writes records' rows by the table metadata of their {@link RecordShape}, as {@link RecordRows} reads them:
 * a record's field map must name exactly its rows' content columns and child tables. The local bookkeeping
 * columns ({@code updated_at}, {@code updated_by}, {@code revision}) are set here, so that touching a row
 * without changing it is no edit. Each row is an array of values in its table's {@link Layout} order: a
 * large import makes hundreds of thousands of them, and keeps ten thousand waiting at a time.
 */
final class RecordWriter {

    private static final String ID = "id";

    private final DSLContext dsl;
    private final Map<Table<?>, Pending> pendingInserts = new LinkedHashMap<>();
    private int pendingRows;
    /** Shared with the thread making {@link #rowsOfNew}: a concurrent map. */
    private final Map<String, Layout> layouts = new java.util.concurrent.ConcurrentHashMap<>();

    RecordWriter(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Rows waiting to be inserted into one table, each as its values in the order of {@code fields}. */
    private record Pending(List<Field<?>> fields, List<Object[]> rows) {
    }

    private void insert(Layout layout, Object[] row) {
        Pending pending = pendingInserts.computeIfAbsent(layout.table(), t -> new Pending(layout.fields(), new ArrayList<>()));
        if (pending.fields() != layout.fields()) {
            throw new IllegalStateException("The rows of " + layout.table().getName() + " do not all have the same columns");
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

    /** Removes a record's rows, children first. */
    void delete(RecordShape shape, String id) {
        deleteChildren(shape.children(), List.of(id));
        dsl.deleteFrom(shape.root()).where(RecordRows.field(shape.root(), ID).eq(id)).execute();
    }

    private void deleteChildren(List<RecordShape.Child> children, Collection<String> parentIds) {
        for (RecordShape.Child child : children) {
            Field<Object> parent = RecordRows.field(child.table(), child.parentColumn());
            if (!child.children().isEmpty()) {
                List<String> ids = dsl.select(RecordRows.field(child.table(), ID)).from(child.table())
                        .where(parent.in(parentIds)).fetch(r -> (String) r.value1());
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
        Long oldRevision = dsl.select(RecordRows.field(root, "revision")).from(root)
                .where(RecordRows.field(root, ID).eq(id)).fetchOptional(r -> (Long) r.value1()).orElse(null);
        deleteChildren(shape.children(), List.of(id));
        Layout layout = layout(root, null, shape.children(), List.of());
        Object[] row = layout.row(content, what);
        row[layout.idAt()] = id;
        layout.stamp(row, oldRevision, now, officer);
        if (oldRevision == null) {
            insert(layout, row);
        } else {
            Map<Field<?>, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < row.length; i++) {
                values.put(layout.fields().get(i), row[i]);
            }
            dsl.update(root).set(values).where(RecordRows.field(root, ID).eq(id)).execute();
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
        Layout layout = layout(shape.root(), null, shape.children(), List.of());
        Object[] row = layout.row(content, what);
        row[layout.idAt()] = id;
        layout.stamp(row, null, now, officer);
        rows.add(layout, row);
        insertChildren(shape.children(), id, content, Map.of(), now, officer, what, rows::add);
        return rows;
    }

    /** Rows to insert, each with its table's layout, in the order they are to go in (parents first). */
    record NewRows(List<Layout> layouts, List<Object[]> rows) {

        void add(Layout layout, Object[] row) {
            layouts.add(layout);
            rows.add(row);
        }
    }

    /** Adds the rows to those waiting for {@link #flush()}. */
    void insert(NewRows rows) {
        for (int i = 0; i < rows.layouts().size(); i++) {
            insert(rows.layouts().get(i), rows.rows().get(i));
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
            Field<Object> parent = RecordRows.field(t, child.parentColumn());
            List<String> ids = new ArrayList<>();
            Field<Object> revision = RecordRows.field(t, "revision");
            for (Record r : dsl.select(RecordRows.field(t, ID), revision).from(t).where(parent.in(parentIds)).fetch()) {
                ids.add((String) r.get(0));
                out.put((String) r.get(0), (Long) r.get(1));
            }
            collectRevisions(child.children(), ids, out);
        }
    }

    @SuppressWarnings("unchecked")
    private void insertChildren(List<RecordShape.Child> children, String parentId, Map<String, Object> content,
            Map<String, Long> revisions, String now, String officer, String what,
            java.util.function.BiConsumer<Layout, Object[]> insert) {
        for (RecordShape.Child child : children) {
            Table<?> t = child.table();
            Layout layout = layout(t, child.parentColumn(), child.children(), child.packed());
            for (Object item : (List<Object>) content.get(t.getName())) {
                Map<String, Object> fields = (Map<String, Object>) item;
                Object[] row = layout.row(fields, what + " (" + t.getName() + ")");
                row[layout.parentAt()] = parentId;
                String rowId = layout.idAt() < 0 ? null : (String) row[layout.idAt()];
                layout.stamp(row, rowId == null ? null : revisions.get(rowId), now, officer);
                insert.accept(layout, row);
                insertChildren(child.children(), rowId, fields, revisions, now, officer, what, insert);
            }
        }
    }

    private Layout layout(Table<?> table, String parentColumn, List<RecordShape.Child> childShapes, List<PackedRows> packed) {
        return layouts.computeIfAbsent(table.getName() + "|" + parentColumn,
                k -> Layout.of(table, parentColumn, childShapes, packed));
    }

    /**
     * How a table's rows are written, worked out once per table: the names a field map of a row must have
     * (content columns, child tables, packed rows), and the columns of a row's values in order: content,
     * packed rows, then the parent's id (a child) or the record's id (a root), then the bookkeeping.
     */
    record Layout(Table<?> table, List<Field<?>> content, List<RecordShape.Child> childShapes, List<PackedRows> packed,
            Set<String> names, List<Field<?>> fields, int parentAt, int idAt, int stampAt) {

        static Layout of(Table<?> table, String parentColumn, List<RecordShape.Child> childShapes, List<PackedRows> packed) {
            List<Field<?>> content = RecordRows.contentColumns(table, parentColumn, packed);
            Set<String> names = new HashSet<>();
            content.forEach(f -> names.add(f.getName()));
            childShapes.forEach(c -> names.add(c.table().getName()));
            packed.forEach(p -> names.add(p.name()));
            List<Field<?>> fields = new ArrayList<>(content);
            packed.forEach(p -> fields.add(p.column()));
            int parentAt = -1;
            if (parentColumn != null) {
                parentAt = fields.size();
                fields.add(RecordRows.field(table, parentColumn));
            }
            int idAt = fields.indexOf(table.field(ID));
            if (parentColumn == null) {
                idAt = fields.size();
                fields.add(RecordRows.field(table, ID));
            }
            int stampAt = -1;
            if (table.field("revision") != null) {
                stampAt = fields.size();
                fields.add(RecordRows.field(table, "updated_at"));
                fields.add(RecordRows.field(table, "updated_by"));
                fields.add(RecordRows.field(table, "revision"));
            }
            return new Layout(table, content, List.copyOf(childShapes), List.copyOf(packed), Set.copyOf(names),
                    List.copyOf(fields), parentAt, idAt, stampAt);
        }

        /**
         * A row's values from its field map, which must name exactly the row's columns (and child tables):
         * a bundle written by a desk with another schema is refused, not half stored. The parent's or the
         * record's id and the bookkeeping are left for the caller.
         */
        Object[] row(Map<String, Object> fields, String what) {
            if (fields.size() != names.size() || !names.containsAll(fields.keySet())) {
                Set<String> unknown = new TreeSet<>(fields.keySet());
                unknown.removeAll(names);
                Set<String> missing = new TreeSet<>(names);
                missing.removeAll(fields.keySet());
                throw new StoreException("The " + what + " cannot be stored: unknown fields " + unknown
                        + ", missing fields " + missing + ".");
            }
            for (RecordShape.Child c : childShapes) {
                needsList(fields, c.table().getName(), what);
            }
            Object[] row = new Object[this.fields.size()];
            for (int i = 0; i < content.size(); i++) {
                Field<?> f = content.get(i);
                String name = f.getName();
                Object value = fields.get(name);
                if (value instanceof List<?>) {
                    throw new StoreException("The " + what + " has a list where the field '" + name + "' needs one value.");
                }
                try {
                    // most values already have the column's type (text, whole numbers): jOOQ's conversion is for the rest
                    row[i] = jdbcValue(value == null || f.getType().isInstance(value) ? value : f.getDataType().convert(value));
                } catch (DataTypeException e) {
                    throw new StoreException("The " + what + " has a value of the wrong type in '" + name + "': " + value, e);
                }
            }
            for (int i = 0; i < packed.size(); i++) {
                PackedRows p = packed.get(i);
                row[content.size() + i] = p.write(needsList(fields, p.name(), what), what);
            }
            return row;
        }

        void stamp(Object[] row, Long oldRevision, String now, String officer) {
            if (stampAt >= 0) {
                row[stampAt] = now;
                row[stampAt + 1] = officer;
                row[stampAt + 2] = oldRevision == null ? 1L : oldRevision + 1;
            }
        }

        private static List<?> needsList(Map<String, Object> fields, String name, String what) {
            if (fields.get(name) instanceof List<?> list) {
                return list;
            }
            throw new StoreException("The " + what + " needs a list of rows in '" + name + "'.");
        }
    }
}
