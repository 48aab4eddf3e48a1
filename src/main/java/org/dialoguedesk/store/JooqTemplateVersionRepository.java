package org.dialoguedesk.store;

import static org.dialoguedesk.store.schema.Tables.QUESTIONNAIRE_OPTION;
import static org.dialoguedesk.store.schema.Tables.QUESTIONNAIRE_QUESTION;
import static org.dialoguedesk.store.schema.Tables.QUESTIONNAIRE_SECTION;
import static org.dialoguedesk.store.schema.Tables.QUESTIONNAIRE_VERSION;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.questionnaire.Choice;
import org.dialoguedesk.questionnaire.Question;
import org.dialoguedesk.questionnaire.QuestionType;
import org.dialoguedesk.questionnaire.Section;
import org.dialoguedesk.questionnaire.TemplateVersion;
import org.dialoguedesk.questionnaire.TemplateVersionRepository;
import org.dialoguedesk.questionnaire.VersionStatus;
import org.dialoguedesk.store.schema.tables.records.QuestionnaireOptionRecord;
import org.dialoguedesk.store.schema.tables.records.QuestionnaireQuestionRecord;
import org.dialoguedesk.store.schema.tables.records.QuestionnaireSectionRecord;
import org.dialoguedesk.store.schema.tables.records.QuestionnaireVersionRecord;
import org.jooq.DSLContext;

/** Template versions with their sections, questions and options, read and written as one aggregate. */
public final class JooqTemplateVersionRepository implements TemplateVersionRepository {

    private static final MetaColumns VERSION_META = new MetaColumns(QUESTIONNAIRE_VERSION);
    private static final MetaColumns SECTION_META = new MetaColumns(QUESTIONNAIRE_SECTION);
    private static final MetaColumns QUESTION_META = new MetaColumns(QUESTIONNAIRE_QUESTION);
    private static final String CHOICE = "CHOICE";
    private static final String ROW = "ROW";
    private static final String COLUMN = "COLUMN";

    private final Database db;

    public JooqTemplateVersionRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<TemplateVersion> ofTemplate(UUID templateId) {
        return db.dsl().selectFrom(QUESTIONNAIRE_VERSION)
                .where(QUESTIONNAIRE_VERSION.TEMPLATE_ID.eq(templateId.toString()))
                .orderBy(QUESTIONNAIRE_VERSION.NUMBER).fetch().stream().map(this::load).toList();
    }

    @Override
    public Optional<TemplateVersion> find(UUID versionId) {
        return db.dsl().selectFrom(QUESTIONNAIRE_VERSION).where(QUESTIONNAIRE_VERSION.ID.eq(versionId.toString()))
                .fetchOptional().map(this::load);
    }

    private TemplateVersion load(QuestionnaireVersionRecord v) {
        DSLContext dsl = db.dsl();
        Map<String, List<Question>> questionsBySection = new HashMap<>();
        Map<String, Map<String, List<Choice>>> options = options(dsl, v.getId());
        for (QuestionnaireQuestionRecord q : dsl.selectFrom(QUESTIONNAIRE_QUESTION)
                .where(QUESTIONNAIRE_QUESTION.VERSION_ID.eq(v.getId()))
                .orderBy(QUESTIONNAIRE_QUESTION.SECTION_ID, QUESTIONNAIRE_QUESTION.POSITION).fetch()) {
            Map<String, List<Choice>> of = options.getOrDefault(q.getId(), Map.of());
            questionsBySection.computeIfAbsent(q.getSectionId(), k -> new ArrayList<>()).add(new Question(
                    QUESTION_META.read(q), q.getCode(), QuestionType.valueOf(q.getType()), q.getRequired() == 1,
                    new Localized(q.getLabelEn(), q.getLabelFr(), q.getLabelAr()),
                    new Localized(q.getHelpEn(), q.getHelpFr(), q.getHelpAr()),
                    new Localized(q.getDefinitionEn(), q.getDefinitionFr(), q.getDefinitionAr()), q.getUnit(),
                    of.getOrDefault(CHOICE, List.of()), of.getOrDefault(ROW, List.of()),
                    of.getOrDefault(COLUMN, List.of())));
        }
        List<Section> sections = dsl.selectFrom(QUESTIONNAIRE_SECTION)
                .where(QUESTIONNAIRE_SECTION.VERSION_ID.eq(v.getId())).orderBy(QUESTIONNAIRE_SECTION.POSITION)
                .fetch(s -> new Section(SECTION_META.read(s), s.getCode(),
                        new Localized(s.getTitleEn(), s.getTitleFr(), s.getTitleAr()),
                        questionsBySection.getOrDefault(s.getId(), List.of())));
        return new TemplateVersion(VERSION_META.read(v), UUID.fromString(v.getTemplateId()), v.getNumber().intValue(),
                VersionStatus.valueOf(v.getStatus()), Dates.date(v.getCreatedOn()), Dates.date(v.getFrozenOn()),
                sections);
    }

    /** question id -> kind -> options in order. */
    private static Map<String, Map<String, List<Choice>>> options(DSLContext dsl, String versionId) {
        Map<String, Map<String, List<Choice>>> result = new HashMap<>();
        for (QuestionnaireOptionRecord o : dsl.selectFrom(QUESTIONNAIRE_OPTION)
                .where(QUESTIONNAIRE_OPTION.QUESTION_ID.in(dsl.select(QUESTIONNAIRE_QUESTION.ID)
                        .from(QUESTIONNAIRE_QUESTION).where(QUESTIONNAIRE_QUESTION.VERSION_ID.eq(versionId))))
                .orderBy(QUESTIONNAIRE_OPTION.QUESTION_ID, QUESTIONNAIRE_OPTION.KIND, QUESTIONNAIRE_OPTION.POSITION)
                .fetch()) {
            result.computeIfAbsent(o.getQuestionId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(o.getKind(), k -> new ArrayList<>())
                    .add(new Choice(o.getCode(), new Localized(o.getLabelEn(), o.getLabelFr(), o.getLabelAr())));
        }
        return result;
    }

    @Override
    public void save(TemplateVersion version) {
        DSLContext dsl = db.dsl();
        String versionId = version.meta().id().toString();
        QuestionnaireVersionRecord v = dsl.newRecord(QUESTIONNAIRE_VERSION);
        VERSION_META.write(v, version.meta());
        v.setTemplateId(version.templateId().toString());
        v.setNumber((long) version.number());
        v.setStatus(version.status().name());
        v.setCreatedOn(Dates.text(version.createdOn()));
        v.setFrozenOn(Dates.text(version.frozenOn()));
        MetaColumns.upsert(dsl, QUESTIONNAIRE_VERSION, v, QUESTIONNAIRE_VERSION.ID, QUESTIONNAIRE_VERSION.REVISION,
                "questionnaire version");

        Map<String, Long> storedSections = dsl.select(QUESTIONNAIRE_SECTION.ID, QUESTIONNAIRE_SECTION.REVISION)
                .from(QUESTIONNAIRE_SECTION).where(QUESTIONNAIRE_SECTION.VERSION_ID.eq(versionId))
                .fetchMap(QUESTIONNAIRE_SECTION.ID, QUESTIONNAIRE_SECTION.REVISION);
        Map<String, Long> storedQuestions = dsl.select(QUESTIONNAIRE_QUESTION.ID, QUESTIONNAIRE_QUESTION.REVISION)
                .from(QUESTIONNAIRE_QUESTION).where(QUESTIONNAIRE_QUESTION.VERSION_ID.eq(versionId))
                .fetchMap(QUESTIONNAIRE_QUESTION.ID, QUESTIONNAIRE_QUESTION.REVISION);
        Set<String> keptQuestions = new HashSet<>();
        version.questions().forEach(q -> keptQuestions.add(q.meta().id().toString()));
        Set<String> removedQuestions = new HashSet<>(storedQuestions.keySet());
        removedQuestions.removeAll(keptQuestions);
        // removed first, so a new question may take a removed one's code
        dsl.deleteFrom(QUESTIONNAIRE_QUESTION).where(QUESTIONNAIRE_QUESTION.ID.in(removedQuestions)).execute();

        Set<String> keptSections = new HashSet<>();
        for (int s = 0; s < version.sections().size(); s++) {
            Section section = version.sections().get(s);
            String sectionId = section.meta().id().toString();
            keptSections.add(sectionId);
            if (!Long.valueOf(section.meta().revision()).equals(storedSections.get(sectionId))) {
                writeSection(dsl, versionId, s, section);
            }
            for (int q = 0; q < section.questions().size(); q++) {
                Question question = section.questions().get(q);
                if (!Long.valueOf(question.meta().revision()).equals(storedQuestions.get(question.meta().id().toString()))) {
                    writeQuestion(dsl, versionId, sectionId, q, question);
                }
            }
        }
        Set<String> removedSections = new HashSet<>(storedSections.keySet());
        removedSections.removeAll(keptSections);
        dsl.deleteFrom(QUESTIONNAIRE_SECTION).where(QUESTIONNAIRE_SECTION.ID.in(removedSections)).execute();
    }

    private static void writeSection(DSLContext dsl, String versionId, int position, Section section) {
        QuestionnaireSectionRecord r = dsl.newRecord(QUESTIONNAIRE_SECTION);
        SECTION_META.write(r, section.meta());
        r.setVersionId(versionId);
        r.setPosition((long) position);
        r.setCode(section.code());
        r.setTitleEn(section.title().en());
        r.setTitleFr(section.title().fr());
        r.setTitleAr(section.title().ar());
        MetaColumns.upsert(dsl, QUESTIONNAIRE_SECTION, r, QUESTIONNAIRE_SECTION.ID, QUESTIONNAIRE_SECTION.REVISION,
                "questionnaire section");
    }

    private static void writeQuestion(DSLContext dsl, String versionId, String sectionId, int position, Question q) {
        QuestionnaireQuestionRecord r = dsl.newRecord(QUESTIONNAIRE_QUESTION);
        QUESTION_META.write(r, q.meta());
        r.setSectionId(sectionId);
        r.setVersionId(versionId);
        r.setPosition((long) position);
        r.setCode(q.code());
        r.setType(q.type().name());
        r.setRequired(q.required() ? 1L : 0L);
        r.setLabelEn(q.label().en());
        r.setLabelFr(q.label().fr());
        r.setLabelAr(q.label().ar());
        r.setHelpEn(q.help().en());
        r.setHelpFr(q.help().fr());
        r.setHelpAr(q.help().ar());
        r.setDefinitionEn(q.definition().en());
        r.setDefinitionFr(q.definition().fr());
        r.setDefinitionAr(q.definition().ar());
        r.setUnit(q.unit());
        MetaColumns.upsert(dsl, QUESTIONNAIRE_QUESTION, r, QUESTIONNAIRE_QUESTION.ID, QUESTIONNAIRE_QUESTION.REVISION,
                "question " + q.code());
        String questionId = q.meta().id().toString();
        dsl.deleteFrom(QUESTIONNAIRE_OPTION).where(QUESTIONNAIRE_OPTION.QUESTION_ID.eq(questionId)).execute();
        writeOptions(dsl, questionId, CHOICE, q.choices());
        writeOptions(dsl, questionId, ROW, q.rows());
        writeOptions(dsl, questionId, COLUMN, q.columns());
    }

    private static void writeOptions(DSLContext dsl, String questionId, String kind, List<Choice> options) {
        for (int i = 0; i < options.size(); i++) {
            Choice c = options.get(i);
            dsl.insertInto(QUESTIONNAIRE_OPTION)
                    .set(QUESTIONNAIRE_OPTION.QUESTION_ID, questionId)
                    .set(QUESTIONNAIRE_OPTION.KIND, kind)
                    .set(QUESTIONNAIRE_OPTION.POSITION, (long) i)
                    .set(QUESTIONNAIRE_OPTION.CODE, c.code())
                    .set(QUESTIONNAIRE_OPTION.LABEL_EN, c.label().en())
                    .set(QUESTIONNAIRE_OPTION.LABEL_FR, c.label().fr())
                    .set(QUESTIONNAIRE_OPTION.LABEL_AR, c.label().ar())
                    .execute();
        }
    }
}
