package org.dialoguedesk.store;

import static org.dialoguedesk.store.schema.Tables.QUESTIONNAIRE_ANSWER;
import static org.dialoguedesk.store.schema.Tables.QUESTIONNAIRE_ANSWER_VALUE;
import static org.dialoguedesk.store.schema.Tables.QUESTIONNAIRE_RECIPIENT;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dialoguedesk.questionnaire.Answer;
import org.dialoguedesk.questionnaire.AnswerRepository;
import org.dialoguedesk.questionnaire.AnswerSource;
import org.dialoguedesk.questionnaire.ReviewState;
import org.dialoguedesk.store.schema.tables.records.QuestionnaireAnswerRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Answers with their values; saving an answer replaces its values as a whole. */
public final class JooqAnswerRepository implements AnswerRepository {

    private static final MetaColumns META = new MetaColumns(QUESTIONNAIRE_ANSWER);

    private final Database db;

    public JooqAnswerRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<Answer> ofRecipient(UUID recipientId) {
        return load(QUESTIONNAIRE_ANSWER.RECIPIENT_ID.eq(recipientId.toString()));
    }

    @Override
    public List<Answer> ofRound(UUID roundId) {
        return load(QUESTIONNAIRE_ANSWER.RECIPIENT_ID.in(db.dsl().select(QUESTIONNAIRE_RECIPIENT.ID)
                .from(QUESTIONNAIRE_RECIPIENT).where(QUESTIONNAIRE_RECIPIENT.ROUND_ID.eq(roundId.toString()))));
    }

    private List<Answer> load(Condition which) {
        DSLContext dsl = db.dsl();
        List<QuestionnaireAnswerRecord> rows = dsl.selectFrom(QUESTIONNAIRE_ANSWER).where(which)
                .orderBy(QUESTIONNAIRE_ANSWER.RECIPIENT_ID, QUESTIONNAIRE_ANSWER.QUESTION_CODE).fetch();
        Map<String, Map<String, String>> values = new HashMap<>();
        dsl.select(QUESTIONNAIRE_ANSWER_VALUE.ANSWER_ID, QUESTIONNAIRE_ANSWER_VALUE.ANSWER_KEY,
                        QUESTIONNAIRE_ANSWER_VALUE.VALUE)
                .from(QUESTIONNAIRE_ANSWER_VALUE).join(QUESTIONNAIRE_ANSWER)
                .on(QUESTIONNAIRE_ANSWER.ID.eq(QUESTIONNAIRE_ANSWER_VALUE.ANSWER_ID)).where(which)
                .orderBy(QUESTIONNAIRE_ANSWER_VALUE.ANSWER_ID, QUESTIONNAIRE_ANSWER_VALUE.POSITION)
                .forEach(v -> values.computeIfAbsent(v.value1(), k -> new LinkedHashMap<>()).put(v.value2(), v.value3()));
        return rows.stream().map(r -> new Answer(META.read(r), UUID.fromString(r.getRecipientId()),
                r.getQuestionCode(), values.getOrDefault(r.getId(), Map.of()), r.getNote(),
                AnswerSource.valueOf(r.getSource()), r.getSourceFile(), ReviewState.valueOf(r.getReview()),
                r.getReviewComment())).toList();
    }

    @Override
    public void save(Answer answer) {
        DSLContext dsl = db.dsl();
        QuestionnaireAnswerRecord r = dsl.newRecord(QUESTIONNAIRE_ANSWER);
        META.write(r, answer.meta());
        r.setRecipientId(answer.recipientId().toString());
        r.setQuestionCode(answer.questionCode());
        r.setNote(answer.note());
        r.setSource(answer.source().name());
        r.setSourceFile(answer.sourceFile());
        r.setReview(answer.review().name());
        r.setReviewComment(answer.reviewComment());
        MetaColumns.upsert(dsl, QUESTIONNAIRE_ANSWER, r, QUESTIONNAIRE_ANSWER.ID, QUESTIONNAIRE_ANSWER.REVISION,
                "answer " + answer.questionCode());
        dsl.deleteFrom(QUESTIONNAIRE_ANSWER_VALUE).where(QUESTIONNAIRE_ANSWER_VALUE.ANSWER_ID.eq(r.getId())).execute();
        long position = 0;
        var insert = dsl.insertInto(QUESTIONNAIRE_ANSWER_VALUE, QUESTIONNAIRE_ANSWER_VALUE.ANSWER_ID,
                QUESTIONNAIRE_ANSWER_VALUE.POSITION, QUESTIONNAIRE_ANSWER_VALUE.ANSWER_KEY,
                QUESTIONNAIRE_ANSWER_VALUE.VALUE);
        for (Map.Entry<String, String> v : answer.values().entrySet()) {
            insert = insert.values(r.getId(), position++, v.getKey(), v.getValue());
        }
        if (position > 0) {
            insert.execute();
        }
    }

    @Override
    public void delete(UUID answerId) {
        db.dsl().deleteFrom(QUESTIONNAIRE_ANSWER).where(QUESTIONNAIRE_ANSWER.ID.eq(answerId.toString())).execute();
    }
}
