package org.dialoguedesk.store;

import static org.dialoguedesk.store.schema.Tables.ORGANISATION;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.roster.Organisation;
import org.dialoguedesk.roster.OrganisationRepository;
import org.dialoguedesk.roster.OrganisationType;
import org.dialoguedesk.store.schema.tables.records.OrganisationRecord;

public final class JooqOrganisationRepository implements OrganisationRepository {

    private static final MetaColumns META = new MetaColumns(ORGANISATION);

    private final Database db;
    private final JooqContactRepository contacts;

    public JooqOrganisationRepository(Database db, JooqContactRepository contacts) {
        this.db = db;
        this.contacts = contacts;
    }

    @Override
    public List<Organisation> all() {
        return db.dsl().selectFrom(ORGANISATION).where(ORGANISATION.DELETED_AT.isNull())
                .orderBy(ORGANISATION.NAME_EN).fetch(JooqOrganisationRepository::map);
    }

    @Override
    public Optional<Organisation> find(UUID id) {
        return db.dsl().selectFrom(ORGANISATION).where(ORGANISATION.ID.eq(id.toString()))
                .fetchOptional(JooqOrganisationRepository::map);
    }

    @Override
    public Optional<Organisation> findByKey(String refKey) {
        return db.dsl().selectFrom(ORGANISATION).where(ORGANISATION.REF_KEY.eq(refKey))
                .fetchOptional(JooqOrganisationRepository::map);
    }

    @Override
    public void save(Organisation o) {
        db.run(() -> {
            OrganisationRecord r = db.dsl().newRecord(ORGANISATION);
            META.write(r, o.meta());
            r.setRefKey(Dates.nullIfEmpty(o.refKey()));
            r.setAcronym(Dates.nullIfEmpty(o.acronym()));
            r.setNameEn(o.name().en());
            r.setNameFr(Dates.nullIfEmpty(o.name().fr()));
            r.setNameAr(Dates.nullIfEmpty(o.name().ar()));
            r.setType(o.type().name());
            r.setCountryCode(o.countryCode());
            MetaColumns.upsert(db.dsl(), ORGANISATION, r, ORGANISATION.ID, ORGANISATION.REVISION, "organisation");
            if (o.meta().revision() > 1) {
                contacts.reindexOrganisation(o.meta().id());
            }
        });
    }

    static Organisation map(OrganisationRecord r) {
        return new Organisation(META.read(r), r.getRefKey(), r.getAcronym(),
                new Localized(r.getNameEn(), r.getNameFr(), r.getNameAr()),
                OrganisationType.valueOf(r.getType()), r.getCountryCode());
    }
}
