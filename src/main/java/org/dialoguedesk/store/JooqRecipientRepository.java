package org.dialoguedesk.store;

import static org.dialoguedesk.store.schema.Tables.QUESTIONNAIRE_RECIPIENT;
import static org.dialoguedesk.store.schema.Tables.QUESTIONNAIRE_STATUS_CHANGE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dialoguedesk.questionnaire.Recipient;
import org.dialoguedesk.questionnaire.RecipientRepository;
import org.dialoguedesk.questionnaire.RecipientStatus;
import org.dialoguedesk.questionnaire.StatusChange;
import org.dialoguedesk.store.schema.tables.records.QuestionnaireRecipientRecord;
import org.dialoguedesk.store.schema.tables.records.QuestionnaireStatusChangeRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Recipients with their status histories; a history entry, once written, is only read. */
public final class JooqRecipientRepository implements RecipientRepository {

    private static final MetaColumns RECIPIENT_META = new MetaColumns(QUESTIONNAIRE_RECIPIENT);
    private static final MetaColumns CHANGE_META = new MetaColumns(QUESTIONNAIRE_STATUS_CHANGE);

    private final Database db;

    public JooqRecipientRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<Recipient> ofRound(UUID roundId) {
        return load(QUESTIONNAIRE_RECIPIENT.ROUND_ID.eq(roundId.toString()));
    }

    @Override
    public Optional<Recipient> find(UUID id) {
        return load(QUESTIONNAIRE_RECIPIENT.ID.eq(id.toString())).stream().findFirst();
    }

    @Override
    public Optional<Recipient> find(UUID roundId, String countryCode) {
        return load(QUESTIONNAIRE_RECIPIENT.ROUND_ID.eq(roundId.toString())
                .and(QUESTIONNAIRE_RECIPIENT.COUNTRY_CODE.eq(countryCode))).stream().findFirst();
    }

    private List<Recipient> load(Condition which) {
        DSLContext dsl = db.dsl();
        List<QuestionnaireRecipientRecord> rows = dsl.selectFrom(QUESTIONNAIRE_RECIPIENT).where(which)
                .orderBy(QUESTIONNAIRE_RECIPIENT.COUNTRY_CODE).fetch();
        Map<String, List<StatusChange>> histories = new HashMap<>();
        dsl.selectFrom(QUESTIONNAIRE_STATUS_CHANGE)
                .where(QUESTIONNAIRE_STATUS_CHANGE.RECIPIENT_ID.in(rows.stream().map(r -> r.getId()).toList()))
                .orderBy(QUESTIONNAIRE_STATUS_CHANGE.RECIPIENT_ID, QUESTIONNAIRE_STATUS_CHANGE.POSITION)
                .fetch().forEach(c -> histories.computeIfAbsent(c.getRecipientId(), k -> new ArrayList<>())
                        .add(map(c)));
        return rows.stream().map(r -> new Recipient(RECIPIENT_META.read(r), UUID.fromString(r.getRoundId()),
                r.getCountryCode(), Dates.uuid(r.getFocalPointId()), histories.getOrDefault(r.getId(), List.of())))
                .toList();
    }

    @Override
    public void save(Recipient recipient) {
        DSLContext dsl = db.dsl();
        QuestionnaireRecipientRecord r = dsl.newRecord(QUESTIONNAIRE_RECIPIENT);
        RECIPIENT_META.write(r, recipient.meta());
        r.setRoundId(recipient.roundId().toString());
        r.setCountryCode(recipient.countryCode());
        r.setFocalPointId(Dates.text(recipient.focalPointId()));
        r.setStatus(recipient.status().name());
        r.setStatusOn(Dates.text(recipient.statusOn()));
        MetaColumns.upsert(dsl, QUESTIONNAIRE_RECIPIENT, r, QUESTIONNAIRE_RECIPIENT.ID,
                QUESTIONNAIRE_RECIPIENT.REVISION, "recipient " + recipient.countryCode());
        Set<String> stored = Set.copyOf(dsl.select(QUESTIONNAIRE_STATUS_CHANGE.ID).from(QUESTIONNAIRE_STATUS_CHANGE)
                .where(QUESTIONNAIRE_STATUS_CHANGE.RECIPIENT_ID.eq(r.getId()))
                .fetch(QUESTIONNAIRE_STATUS_CHANGE.ID));
        for (int i = 0; i < recipient.history().size(); i++) {
            StatusChange change = recipient.history().get(i);
            if (!stored.contains(change.meta().id().toString())) {
                QuestionnaireStatusChangeRecord c = dsl.newRecord(QUESTIONNAIRE_STATUS_CHANGE);
                CHANGE_META.write(c, change.meta());
                c.setRecipientId(r.getId());
                c.setPosition((long) i);
                c.setStatus(change.status().name());
                c.setChangedOn(Dates.text(change.on()));
                c.setOfficer(change.officer());
                c.setNote(change.note());
                c.insert();
            }
        }
    }

    @Override
    public void delete(UUID id) {
        DSLContext dsl = db.dsl();
        dsl.deleteFrom(QUESTIONNAIRE_STATUS_CHANGE).where(QUESTIONNAIRE_STATUS_CHANGE.RECIPIENT_ID.eq(id.toString()))
                .execute();
        dsl.deleteFrom(QUESTIONNAIRE_RECIPIENT).where(QUESTIONNAIRE_RECIPIENT.ID.eq(id.toString())).execute();
    }

    private static StatusChange map(QuestionnaireStatusChangeRecord c) {
        return new StatusChange(CHANGE_META.read(c), UUID.fromString(c.getRecipientId()),
                RecipientStatus.valueOf(c.getStatus()), Dates.date(c.getChangedOn()), c.getOfficer(), c.getNote());
    }
}
