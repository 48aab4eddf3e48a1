package org.dialoguedesk.store;

import static org.dialoguedesk.store.schema.Tables.QUESTIONNAIRE_ROUND;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dialoguedesk.questionnaire.Round;
import org.dialoguedesk.questionnaire.RoundRepository;
import org.dialoguedesk.store.schema.tables.records.QuestionnaireRoundRecord;

public final class JooqRoundRepository implements RoundRepository {

    private static final MetaColumns META = new MetaColumns(QUESTIONNAIRE_ROUND);

    private final Database db;

    public JooqRoundRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<Round> all() {
        return db.dsl().selectFrom(QUESTIONNAIRE_ROUND)
                .orderBy(QUESTIONNAIRE_ROUND.CREATED_ON.desc(), QUESTIONNAIRE_ROUND.TITLE)
                .fetch(JooqRoundRepository::map);
    }

    @Override
    public Optional<Round> find(UUID id) {
        return db.dsl().selectFrom(QUESTIONNAIRE_ROUND).where(QUESTIONNAIRE_ROUND.ID.eq(id.toString()))
                .fetchOptional(JooqRoundRepository::map);
    }

    @Override
    public void save(Round round) {
        QuestionnaireRoundRecord r = db.dsl().newRecord(QUESTIONNAIRE_ROUND);
        META.write(r, round.meta());
        r.setDialogueId(round.dialogueId().toString());
        r.setVersionId(round.templateVersionId().toString());
        r.setTitle(round.title());
        r.setDeadline(Dates.text(round.deadline()));
        r.setCreatedOn(Dates.text(round.createdOn()));
        MetaColumns.upsert(db.dsl(), QUESTIONNAIRE_ROUND, r, QUESTIONNAIRE_ROUND.ID, QUESTIONNAIRE_ROUND.REVISION,
                "questionnaire round");
    }

    private static Round map(QuestionnaireRoundRecord r) {
        return new Round(META.read(r), UUID.fromString(r.getDialogueId()), UUID.fromString(r.getVersionId()),
                r.getTitle(), Dates.date(r.getDeadline()), Dates.date(r.getCreatedOn()));
    }
}
