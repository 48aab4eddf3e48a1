package org.dialoguedesk.store;

import static org.dialoguedesk.store.schema.Tables.QUESTIONNAIRE_ANSWER;
import static org.dialoguedesk.store.schema.Tables.QUESTIONNAIRE_RECIPIENT;

import java.util.ArrayList;
import java.util.Comparator;
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

/** Answers with their values (kept in the answer's row, {@link RecordShape#ANSWER_VALUES}); saving an answer replaces them. */
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
        return rows.stream().map(r -> new Answer(META.read(r), UUID.fromString(r.getRecipientId()),
                r.getQuestionCode(), values(r.getAnswerValues()), r.getNote(),
                AnswerSource.valueOf(r.getSource()), r.getSourceFile(), ReviewState.valueOf(r.getReview()),
                r.getReviewComment())).toList();
    }

    /** The values by answer key, in position order. */
    private static Map<String, String> values(String packed) {
        List<Object[]> rows = RecordShape.ANSWER_VALUES.values(packed);
        rows.sort(Comparator.comparing(v -> (Long) v[0]));
        Map<String, String> out = new LinkedHashMap<>();
        rows.forEach(v -> out.put((String) v[1], (String) v[2]));
        return out;
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
        List<Object[]> values = new ArrayList<>();
        answer.values().forEach((key, value) -> values.add(new Object[] {(long) values.size(), key, value}));
        r.setAnswerValues(RecordShape.ANSWER_VALUES.json(values, "answer " + answer.questionCode()));
        MetaColumns.upsert(dsl, QUESTIONNAIRE_ANSWER, r, QUESTIONNAIRE_ANSWER.ID, QUESTIONNAIRE_ANSWER.REVISION,
                "answer " + answer.questionCode());
    }

    @Override
    public void delete(UUID answerId) {
        db.dsl().deleteFrom(QUESTIONNAIRE_ANSWER).where(QUESTIONNAIRE_ANSWER.ID.eq(answerId.toString())).execute();
    }
}
