package org.dialoguedesk.store;

import static org.dialoguedesk.store.schema.Tables.CONTACT_ROLE;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dialoguedesk.roster.ContactRole;
import org.dialoguedesk.roster.ContactRoleRepository;
import org.dialoguedesk.roster.ContactRoleType;
import org.dialoguedesk.store.schema.tables.records.ContactRoleRecord;

public final class JooqContactRoleRepository implements ContactRoleRepository {

    private static final MetaColumns META = new MetaColumns(CONTACT_ROLE);

    private final Database db;

    public JooqContactRoleRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<ContactRole> forContact(UUID contactId) {
        return db.dsl().selectFrom(CONTACT_ROLE).where(CONTACT_ROLE.CONTACT_ID.eq(contactId.toString()))
                .orderBy(CONTACT_ROLE.VALID_FROM).fetch(JooqContactRoleRepository::map);
    }

    @Override
    public List<ContactRole> forCountry(String countryCode) {
        return db.dsl().selectFrom(CONTACT_ROLE).where(CONTACT_ROLE.COUNTRY_CODE.eq(countryCode))
                .orderBy(CONTACT_ROLE.VALID_FROM).fetch(JooqContactRoleRepository::map);
    }

    @Override
    public Optional<ContactRole> find(UUID id) {
        return db.dsl().selectFrom(CONTACT_ROLE).where(CONTACT_ROLE.ID.eq(id.toString()))
                .fetchOptional(JooqContactRoleRepository::map);
    }

    @Override
    public void save(ContactRole role) {
        ContactRoleRecord r = db.dsl().newRecord(CONTACT_ROLE);
        META.write(r, role.meta());
        r.setContactId(role.contactId().toString());
        r.setDialogueId(role.dialogueId().toString());
        r.setCountryCode(role.countryCode());
        r.setRole(role.type().name());
        r.setValidFrom(Dates.text(role.validFrom()));
        r.setValidTo(Dates.text(role.validTo()));
        MetaColumns.upsert(db.dsl(), CONTACT_ROLE, r, CONTACT_ROLE.ID, CONTACT_ROLE.REVISION, "role");
    }

    private static ContactRole map(ContactRoleRecord r) {
        return new ContactRole(META.read(r), UUID.fromString(r.getContactId()), UUID.fromString(r.getDialogueId()),
                r.getCountryCode(), ContactRoleType.valueOf(r.getRole()), Dates.date(r.getValidFrom()),
                Dates.date(r.getValidTo()));
    }
}
