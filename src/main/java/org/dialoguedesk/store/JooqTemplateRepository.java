package org.dialoguedesk.store;

import static org.dialoguedesk.store.schema.Tables.QUESTIONNAIRE_TEMPLATE;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.questionnaire.Template;
import org.dialoguedesk.questionnaire.TemplateRepository;
import org.dialoguedesk.store.schema.tables.records.QuestionnaireTemplateRecord;

public final class JooqTemplateRepository implements TemplateRepository {

    private static final MetaColumns META = new MetaColumns(QUESTIONNAIRE_TEMPLATE);

    private final Database db;

    public JooqTemplateRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<Template> all() {
        return db.dsl().selectFrom(QUESTIONNAIRE_TEMPLATE).orderBy(QUESTIONNAIRE_TEMPLATE.TITLE_EN)
                .fetch(JooqTemplateRepository::map);
    }

    @Override
    public Optional<Template> find(UUID id) {
        return db.dsl().selectFrom(QUESTIONNAIRE_TEMPLATE).where(QUESTIONNAIRE_TEMPLATE.ID.eq(id.toString()))
                .fetchOptional(JooqTemplateRepository::map);
    }

    @Override
    public Optional<Template> findByKey(String key) {
        return db.dsl().selectFrom(QUESTIONNAIRE_TEMPLATE).where(QUESTIONNAIRE_TEMPLATE.REF_KEY.eq(key))
                .fetchOptional(JooqTemplateRepository::map);
    }

    @Override
    public void save(Template t) {
        QuestionnaireTemplateRecord r = db.dsl().newRecord(QUESTIONNAIRE_TEMPLATE);
        META.write(r, t.meta());
        r.setRefKey(t.key());
        r.setTitleEn(t.title().en());
        r.setTitleFr(t.title().fr());
        r.setTitleAr(t.title().ar());
        r.setDescriptionEn(t.description().en());
        r.setDescriptionFr(t.description().fr());
        r.setDescriptionAr(t.description().ar());
        MetaColumns.upsert(db.dsl(), QUESTIONNAIRE_TEMPLATE, r, QUESTIONNAIRE_TEMPLATE.ID,
                QUESTIONNAIRE_TEMPLATE.REVISION, "questionnaire template");
    }

    private static Template map(QuestionnaireTemplateRecord r) {
        return new Template(META.read(r), r.getRefKey(), new Localized(r.getTitleEn(), r.getTitleFr(), r.getTitleAr()),
                new Localized(r.getDescriptionEn(), r.getDescriptionFr(), r.getDescriptionAr()));
    }
}
