package org.dialoguedesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * A table's rows read through plain JDBC, each as its values in the table's column order, for reading
 * whole records in bulk: a questionnaire round is tens of thousands of rows, and making a jOOQ record of
 * each cost more than SQLite's reading them. Values are read as jOOQ reads them for the generated
 * column types (text with {@code getString}, whole numbers with {@code getLong}), so a record reads the
 * same either way and keeps its hash.
 */
final class TableRows {

    private final Table<?> table;
    private final List<Field<?>> columns;
    private final boolean[] whole;
    private final String select;

    private TableRows(Table<?> table) {
        this.table = table;
        this.columns = List.of(table.fields());
        this.whole = new boolean[columns.size()];
        List<String> names = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Class<?> type = columns.get(i).getType();
            if (type != String.class && type != Long.class) {
                throw new IllegalStateException(table.getName() + "." + columns.get(i).getName()
                        + " is neither text nor a whole number");
            }
            whole[i] = type == Long.class;
            names.add(quoted(columns.get(i).getName()));
        }
        this.select = "SELECT " + String.join(", ", names) + " FROM " + quoted(table.getName());
    }

    static TableRows of(Table<?> table) {
        return new TableRows(table);
    }

    /** Where a column is in a row's values. */
    int index(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).getName().equals(column)) {
                return i;
            }
        }
        throw new IllegalStateException(table.getName() + " has no column " + column);
    }

    List<Field<?>> columns() {
        return columns;
    }

    /** The rows whose {@code column} is one of {@code values}, in the order of {@code orderBy}'s columns. */
    List<Object[]> whereIn(DSLContext dsl, String column, Collection<String> values, List<String> orderBy) {
        String marks = String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
        return query(dsl, " WHERE " + quoted(column) + " IN (" + marks + ")" + orderBy(orderBy), List.copyOf(values));
    }

    /** At most {@code limit} rows whose {@code column} comes after {@code after} (from the first when null), in its order. */
    List<Object[]> after(DSLContext dsl, String column, String after, int limit) {
        String where = after == null ? "" : " WHERE " + quoted(column) + " > ?";
        List<Object> params = new ArrayList<>();
        if (after != null) {
            params.add(after);
        }
        params.add((long) limit);
        return query(dsl, where + orderBy(List.of(column)) + " LIMIT ?", params);
    }

    private List<Object[]> query(DSLContext dsl, String rest, List<?> params) {
        return dsl.connectionResult(connection -> {
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement st = connection.prepareStatement(select + rest)) {
                for (int i = 0; i < params.size(); i++) {
                    st.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        Object[] row = new Object[whole.length];
                        for (int i = 0; i < whole.length; i++) {
                            if (whole[i]) {
                                long value = rs.getLong(i + 1);
                                row[i] = rs.wasNull() ? null : value;
                            } else {
                                row[i] = rs.getString(i + 1);
                            }
                        }
                        rows.add(row);
                    }
                }
            }
            return rows;
        });
    }

    private static String orderBy(List<String> columns) {
        return " ORDER BY " + String.join(", ", columns.stream().map(TableRows::quoted).toList());
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
