package org.dialoguedesk.store;

import org.jooq.DSLContext;

/**
 * Lets a large import fill the contacts' search index in one statement instead of row by row: the trigger
 * that indexes each inserted contact (trigram FTS5, a few hundred microseconds a row) is set aside for the
 * import's transaction and put back, from its own stored text, before the commit. Inside one transaction,
 * either everything is kept, index included, or nothing.
 */
final class SearchIndexBulkFill {

    private static final String TRIGGER = "contact_fts_after_insert";

    private final DSLContext dsl;
    private String triggerSql;

    SearchIndexBulkFill(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Sets the per-row trigger aside; call within the transaction, before the inserts. */
    void suspend() {
        triggerSql = dsl.fetchOptional("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", TRIGGER)
                .map(r -> r.get(0, String.class)).orElse(null);
        if (triggerSql != null) {
            dsl.execute("DROP TRIGGER " + TRIGGER);
        }
    }

    /** Indexes every contact the index does not have yet, and puts the trigger back. */
    void resume() {
        if (triggerSql == null) {
            return;
        }
        dsl.execute("INSERT INTO contact_fts (contact_id, search_text) SELECT id, search_text FROM contact "
                + "WHERE id NOT IN (SELECT contact_id FROM contact_fts)");
        dsl.execute(triggerSql);
        triggerSql = null;
    }
}
