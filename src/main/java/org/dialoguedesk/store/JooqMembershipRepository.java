package org.dialoguedesk.store;

import static org.dialoguedesk.store.schema.Tables.MEMBERSHIP;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dialoguedesk.roster.Membership;
import org.dialoguedesk.roster.MembershipRepository;
import org.dialoguedesk.roster.MembershipRole;
import org.dialoguedesk.store.schema.tables.records.MembershipRecord;
import org.jooq.Condition;

public final class JooqMembershipRepository implements MembershipRepository {

    private static final MetaColumns META = new MetaColumns(MEMBERSHIP);

    private final Database db;

    public JooqMembershipRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<Membership> forDialogue(UUID dialogueId) {
        return where(MEMBERSHIP.DIALOGUE_ID.eq(dialogueId.toString()));
    }

    @Override
    public List<Membership> forCountry(String countryCode) {
        return where(MEMBERSHIP.COUNTRY_CODE.eq(countryCode));
    }

    @Override
    public List<Membership> forOrganisation(UUID organisationId) {
        return where(MEMBERSHIP.ORGANISATION_ID.eq(organisationId.toString()));
    }

    private List<Membership> where(Condition condition) {
        return db.dsl().selectFrom(MEMBERSHIP).where(condition)
                .orderBy(MEMBERSHIP.VALID_FROM, MEMBERSHIP.COUNTRY_CODE, MEMBERSHIP.ORGANISATION_ID)
                .fetch(JooqMembershipRepository::map);
    }

    @Override
    public Optional<Membership> find(UUID id) {
        return db.dsl().selectFrom(MEMBERSHIP).where(MEMBERSHIP.ID.eq(id.toString()))
                .fetchOptional(JooqMembershipRepository::map);
    }

    @Override
    public void save(Membership m) {
        MembershipRecord r = db.dsl().newRecord(MEMBERSHIP);
        META.write(r, m.meta());
        r.setDialogueId(m.dialogueId().toString());
        r.setCountryCode(m.countryCode());
        r.setOrganisationId(Dates.text(m.organisationId()));
        r.setRole(m.role().name());
        r.setValidFrom(Dates.text(m.validFrom()));
        r.setValidTo(Dates.text(m.validTo()));
        r.setNote(Dates.nullIfEmpty(m.note()));
        MetaColumns.upsert(db.dsl(), MEMBERSHIP, r, MEMBERSHIP.ID, MEMBERSHIP.REVISION, "membership");
    }

    private static Membership map(MembershipRecord r) {
        return new Membership(META.read(r), UUID.fromString(r.getDialogueId()), r.getCountryCode(),
                Dates.uuid(r.getOrganisationId()), MembershipRole.valueOf(r.getRole()),
                Dates.date(r.getValidFrom()), Dates.date(r.getValidTo()), r.getNote());
    }
}
