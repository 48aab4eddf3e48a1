package org.dialoguedesk.store;

import static org.dialoguedesk.store.schema.Tables.SETTING;

import java.util.Optional;
import org.dialoguedesk.common.Settings;

public final class JooqSettings implements Settings {

    private final Database db;

    public JooqSettings(Database db) {
        this.db = db;
    }

    @Override
    public Optional<String> get(String key) {
        return db.dsl().select(SETTING.VALUE).from(SETTING).where(SETTING.KEY.eq(key)).fetchOptional(SETTING.VALUE);
    }

    @Override
    public void put(String key, String value) {
        db.dsl().insertInto(SETTING).set(SETTING.KEY, key).set(SETTING.VALUE, value)
                .onConflict(SETTING.KEY).doUpdate().set(SETTING.VALUE, value).execute();
    }
}
