package org.dialoguedesk.store;

import static org.dialoguedesk.store.schema.Tables.PROFILE_SOURCE;

import java.util.List;
import java.util.UUID;
import org.dialoguedesk.profile.ProfileSourceRepository;
import org.dialoguedesk.profile.SourceNote;
import org.dialoguedesk.store.schema.tables.records.ProfileSourceRecord;
import org.jooq.DSLContext;

/** Officers' notes on profile sources: one row per profile and URL. */
public final class JooqProfileSourceRepository implements ProfileSourceRepository {

    private static final MetaColumns META = new MetaColumns(PROFILE_SOURCE);

    private final Database db;

    public JooqProfileSourceRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<SourceNote> notes(UUID profileId) {
        return db.dsl().selectFrom(PROFILE_SOURCE).where(PROFILE_SOURCE.PROFILE_ID.eq(profileId.toString()))
                .orderBy(PROFILE_SOURCE.URL).fetch().stream()
                .map(r -> new SourceNote(META.read(r), UUID.fromString(r.getProfileId()), r.getUrl(), r.getTitle(),
                        Dates.date(r.getAccessedOn()))).toList();
    }

    @Override
    public void save(SourceNote note) {
        DSLContext dsl = db.dsl();
        ProfileSourceRecord r = dsl.newRecord(PROFILE_SOURCE);
        META.write(r, note.meta());
        r.setProfileId(note.profileId().toString());
        r.setUrl(note.url());
        r.setTitle(note.title());
        r.setAccessedOn(Dates.text(note.accessed()));
        MetaColumns.upsert(dsl, PROFILE_SOURCE, r, PROFILE_SOURCE.ID, PROFILE_SOURCE.REVISION,
                "source " + note.url());
    }
}
