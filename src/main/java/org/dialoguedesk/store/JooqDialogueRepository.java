package org.dialoguedesk.store;

import static org.dialoguedesk.store.schema.Tables.DIALOGUE;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.roster.DialogueRepository;
import org.dialoguedesk.roster.DialogueStatus;
import org.dialoguedesk.store.schema.tables.records.DialogueRecord;

public final class JooqDialogueRepository implements DialogueRepository {

    private static final MetaColumns META = new MetaColumns(DIALOGUE);

    private final Database db;

    public JooqDialogueRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<Dialogue> all() {
        return db.dsl().selectFrom(DIALOGUE).where(DIALOGUE.DELETED_AT.isNull()).orderBy(DIALOGUE.NAME_EN)
                .fetch(JooqDialogueRepository::map);
    }

    @Override
    public Optional<Dialogue> find(UUID id) {
        return db.dsl().selectFrom(DIALOGUE).where(DIALOGUE.ID.eq(id.toString()))
                .fetchOptional(JooqDialogueRepository::map);
    }

    @Override
    public Optional<Dialogue> findByKey(String key) {
        return db.dsl().selectFrom(DIALOGUE).where(DIALOGUE.REF_KEY.eq(key)).fetchOptional(JooqDialogueRepository::map);
    }

    @Override
    public void save(Dialogue d) {
        DialogueRecord r = db.dsl().newRecord(DIALOGUE);
        META.write(r, d.meta());
        r.setRefKey(d.key());
        r.setAcronymEn(d.acronym().en());
        r.setAcronymFr(d.acronym().fr());
        r.setAcronymAr(d.acronym().ar());
        r.setNameEn(d.name().en());
        r.setNameFr(d.name().fr());
        r.setNameAr(d.name().ar());
        r.setStartYear(d.startYear() == null ? null : d.startYear().longValue());
        r.setDescriptionEn(Dates.nullIfEmpty(d.description().en()));
        r.setDescriptionFr(Dates.nullIfEmpty(d.description().fr()));
        r.setDescriptionAr(Dates.nullIfEmpty(d.description().ar()));
        r.setThematicAreas(String.join("\n", d.thematicAreas()));
        r.setSecretariatId(Dates.text(d.secretariatId()));
        r.setStatus(d.status().name());
        MetaColumns.upsert(db.dsl(), DIALOGUE, r, DIALOGUE.ID, DIALOGUE.REVISION, "dialogue");
    }

    private static Dialogue map(DialogueRecord r) {
        List<String> areas = r.getThematicAreas().isEmpty() ? List.of() : Arrays.asList(r.getThematicAreas().split("\n"));
        return new Dialogue(META.read(r), r.getRefKey(),
                new Localized(r.getAcronymEn(), r.getAcronymFr(), r.getAcronymAr()),
                new Localized(r.getNameEn(), r.getNameFr(), r.getNameAr()),
                r.getStartYear() == null ? null : r.getStartYear().intValue(),
                new Localized(r.getDescriptionEn(), r.getDescriptionFr(), r.getDescriptionAr()),
                areas, Dates.uuid(r.getSecretariatId()), DialogueStatus.valueOf(r.getStatus()));
    }
}
