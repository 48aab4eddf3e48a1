package org.dialoguedesk.store;

import java.time.Instant;
import java.util.UUID;
import org.dialoguedesk.common.RecordMeta;
import org.dialoguedesk.common.StoreException;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;

/** The columns every user-facing table shares (id, created/updated, officer, revision), found by name. */
final class MetaColumns {

    private final Field<String> id;
    private final Field<String> createdAt;
    private final Field<String> updatedAt;
    private final Field<String> updatedBy;
    private final Field<Long> revision;

    MetaColumns(Table<?> table) {
        this.id = table.field("id", String.class);
        this.createdAt = table.field("created_at", String.class);
        this.updatedAt = table.field("updated_at", String.class);
        this.updatedBy = table.field("updated_by", String.class);
        this.revision = table.field("revision", Long.class);
    }

    RecordMeta read(Record r) {
        return new RecordMeta(UUID.fromString(r.get(id)), Instant.parse(r.get(createdAt)),
                Instant.parse(r.get(updatedAt)), r.get(updatedBy), r.get(revision));
    }

    void write(Record r, RecordMeta meta) {
        r.set(id, meta.id().toString());
        r.set(createdAt, meta.createdAt().toString());
        r.set(updatedAt, meta.updatedAt().toString());
        r.set(updatedBy, meta.updatedBy());
        r.set(revision, meta.revision());
    }

    /**
     * Inserts a new row, or updates the stored one only if it is at the revision just before this
     * one: an edit made from a stale copy is refused instead of silently undoing someone's change.
     */
    static <R extends UpdatableRecord<R>> void upsert(DSLContext dsl, Table<R> table, R record,
                                                      TableField<R, String> id, TableField<R, Long> revision,
                                                      String what) {
        long rev = record.get(revision);
        int rows = dsl.insertInto(table).set(record)
                .onConflict(id).doUpdate().set(record).where(revision.eq(rev - 1))
                .execute();
        if (rows == 0) {
            throw new StoreException("This " + what + " was changed elsewhere after you opened it. "
                    + "Reload it and make your change again.");
        }
    }
}
