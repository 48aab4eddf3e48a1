package org.dialoguedesk.store;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * When each record last changed on this desk: the latest {@code updated_at} of its root row and of every
 * row it owns. The clocks say whether a record changed, not when; an export of "what changed since a date"
 * needs the when, and these columns are kept by every screen and by imports.
 */
final class RecordChangeTimes {

    private static final String ID = "id";
    private static final String UPDATED_AT = "updated_at";

    private final DSLContext dsl;

    RecordChangeTimes(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Root id → latest change; a record none of whose rows says when it changed is absent. */
    Map<String, Instant> of(RecordShape shape) {
        Map<String, Instant> out = new HashMap<>();
        Map<String, String> roots = new HashMap<>();
        Table<?> root = shape.root();
        Field<?> at = root.field(UPDATED_AT);
        for (Record r : dsl.select(at == null ? List.of(root.field(ID)) : List.of(root.field(ID), at)).from(root).fetch()) {
            String id = (String) r.get(0);
            roots.put(id, id);
            if (at != null) {
                later(out, id, r.get(1));
            }
        }
        children(shape.children(), roots, out);
        return out;
    }

    private void children(List<RecordShape.Child> children, Map<String, String> parentToRoot, Map<String, Instant> out) {
        for (RecordShape.Child child : children) {
            Table<?> t = child.table();
            Field<?> id = t.field(ID);
            Field<?> at = t.field(UPDATED_AT);
            boolean descend = id != null && !child.children().isEmpty();
            if (at == null && !descend) {
                continue;
            }
            List<Field<?>> columns = new ArrayList<>();
            columns.add(t.field(child.parentColumn()));
            columns.add(descend ? id : t.field(child.parentColumn()));
            if (at != null) {
                columns.add(at);
            }
            Map<String, String> ownToRoot = new HashMap<>();
            for (Record r : dsl.select(columns).from(t).fetch()) {
                String rootId = parentToRoot.get((String) r.get(0));
                if (rootId == null) {
                    continue;
                }
                if (descend) {
                    ownToRoot.put((String) r.get(1), rootId);
                }
                if (at != null) {
                    later(out, rootId, r.get(2));
                }
            }
            if (descend) {
                children(child.children(), ownToRoot, out);
            }
        }
    }

    private static void later(Map<String, Instant> out, String rootId, Object value) {
        if (value instanceof String text && !text.isBlank()) {
            try {
                out.merge(rootId, Instant.parse(text), (a, b) -> a.isAfter(b) ? a : b);
            } catch (DateTimeParseException e) {
                // a row whose time cannot be read says nothing about when the record changed
            }
        }
    }
}
