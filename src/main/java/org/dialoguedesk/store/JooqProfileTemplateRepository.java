package org.dialoguedesk.store;

import static org.dialoguedesk.store.schema.Tables.PROFILE_MAPPING;
import static org.dialoguedesk.store.schema.Tables.PROFILE_TEMPLATE;
import static org.dialoguedesk.store.schema.Tables.PROFILE_TEMPLATE_SECTION;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.profile.Access;
import org.dialoguedesk.profile.AnswerMapping;
import org.dialoguedesk.profile.ProfileKind;
import org.dialoguedesk.profile.ProfileTemplate;
import org.dialoguedesk.profile.ProfileTemplateRepository;
import org.dialoguedesk.profile.TemplateSection;
import org.dialoguedesk.store.schema.tables.records.ProfileTemplateRecord;
import org.dialoguedesk.store.schema.tables.records.ProfileTemplateSectionRecord;
import org.jooq.DSLContext;

/** Profile templates with their sections; saving a template replaces its sections. */
public final class JooqProfileTemplateRepository implements ProfileTemplateRepository {

    private static final MetaColumns META = new MetaColumns(PROFILE_TEMPLATE);

    private final Database db;

    public JooqProfileTemplateRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<ProfileTemplate> all() {
        DSLContext dsl = db.dsl();
        return dsl.selectFrom(PROFILE_TEMPLATE).orderBy(PROFILE_TEMPLATE.REF_KEY).fetch().stream()
                .map(r -> map(dsl, r)).toList();
    }

    @Override
    public Optional<ProfileTemplate> find(UUID id) {
        DSLContext dsl = db.dsl();
        return dsl.selectFrom(PROFILE_TEMPLATE).where(PROFILE_TEMPLATE.ID.eq(id.toString())).fetchOptional()
                .map(r -> map(dsl, r));
    }

    private static ProfileTemplate map(DSLContext dsl, ProfileTemplateRecord r) {
        List<TemplateSection> sections = dsl.selectFrom(PROFILE_TEMPLATE_SECTION)
                .where(PROFILE_TEMPLATE_SECTION.TEMPLATE_ID.eq(r.getId())).orderBy(PROFILE_TEMPLATE_SECTION.POSITION)
                .fetch().stream().map(s -> new TemplateSection(s.getCode(),
                        new Localized(s.getTitleEn(), s.getTitleFr(), s.getTitleAr()), Access.valueOf(s.getAccess()),
                        Dates.uuid(s.getValidatorId()))).toList();
        Set<ProfileKind> kinds = Arrays.stream(r.getKinds().split(",")).map(String::strip).filter(k -> !k.isEmpty())
                .map(ProfileKind::valueOf).collect(Collectors.toSet());
        return new ProfileTemplate(META.read(r), r.getRefKey(), new Localized(r.getTitleEn(), r.getTitleFr(),
                r.getTitleAr()), kinds, sections);
    }

    @Override
    public List<AnswerMapping> mappings(UUID templateId) {
        return db.dsl().selectFrom(PROFILE_MAPPING).where(PROFILE_MAPPING.TEMPLATE_ID.eq(templateId.toString()))
                .orderBy(PROFILE_MAPPING.QUESTION_CODE).fetch().stream().map(m -> new AnswerMapping(
                        m.getQuestionCode(), m.getSectionCode(), AnswerMapping.Target.valueOf(m.getTarget()),
                        m.getIndicatorCode(), m.getUnit())).toList();
    }

    @Override
    public void saveMappings(UUID templateId, List<AnswerMapping> mappings) {
        DSLContext dsl = db.dsl();
        dsl.deleteFrom(PROFILE_MAPPING).where(PROFILE_MAPPING.TEMPLATE_ID.eq(templateId.toString())).execute();
        for (AnswerMapping m : mappings) {
            dsl.insertInto(PROFILE_MAPPING).set(PROFILE_MAPPING.TEMPLATE_ID, templateId.toString())
                    .set(PROFILE_MAPPING.QUESTION_CODE, m.questionCode()).set(PROFILE_MAPPING.SECTION_CODE, m.sectionCode())
                    .set(PROFILE_MAPPING.TARGET, m.target().name()).set(PROFILE_MAPPING.INDICATOR_CODE, m.indicatorCode())
                    .set(PROFILE_MAPPING.UNIT, m.unit()).execute();
        }
    }

    @Override
    public void save(ProfileTemplate t) {
        DSLContext dsl = db.dsl();
        ProfileTemplateRecord r = dsl.newRecord(PROFILE_TEMPLATE);
        META.write(r, t.meta());
        r.setRefKey(t.key());
        r.setTitleEn(t.title().en());
        r.setTitleFr(t.title().fr());
        r.setTitleAr(t.title().ar());
        r.setKinds(t.kinds().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        MetaColumns.upsert(dsl, PROFILE_TEMPLATE, r, PROFILE_TEMPLATE.ID, PROFILE_TEMPLATE.REVISION,
                "profile template " + t.key());
        dsl.deleteFrom(PROFILE_TEMPLATE_SECTION).where(PROFILE_TEMPLATE_SECTION.TEMPLATE_ID.eq(r.getId())).execute();
        long position = 0;
        for (TemplateSection s : t.sections()) {
            ProfileTemplateSectionRecord sr = dsl.newRecord(PROFILE_TEMPLATE_SECTION);
            sr.setTemplateId(r.getId());
            sr.setPosition(position++);
            sr.setCode(s.code());
            sr.setTitleEn(s.title().en());
            sr.setTitleFr(s.title().fr());
            sr.setTitleAr(s.title().ar());
            sr.setAccess(s.access().name());
            sr.setValidatorId(Dates.text(s.validatorId()));
            sr.insert();
        }
    }
}
