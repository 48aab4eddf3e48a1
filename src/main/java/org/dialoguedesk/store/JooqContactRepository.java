package org.dialoguedesk.store;

import static org.dialoguedesk.store.schema.Tables.CONTACT;
import static org.dialoguedesk.store.schema.Tables.CONTACT_EMAIL;
import static org.dialoguedesk.store.schema.Tables.COUNTRY;
import static org.dialoguedesk.store.schema.Tables.ORGANISATION;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.roster.Consent;
import org.dialoguedesk.roster.ConsentBasis;
import org.dialoguedesk.roster.Contact;
import org.dialoguedesk.roster.Contact.ContactDetails;
import org.dialoguedesk.roster.ContactRepository;
import org.dialoguedesk.roster.NameFolding;
import org.dialoguedesk.store.schema.tables.records.ContactRecord;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * Contacts with their emails. Each row keeps a folded {@code search_text} (name, Arabic name,
 * organisation, country names, emails) searched through the trigram index of migration V2 (contact_fts).
 */
public final class JooqContactRepository implements ContactRepository {

    private static final MetaColumns META = new MetaColumns(CONTACT);
    private static final String LIST_SEPARATOR = "\n";
    /** The trigram index answers words of three characters or more; shorter ones scan. */
    private static final int TRIGRAM = 3;

    private final Database db;

    public JooqContactRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Contact> find(UUID id) {
        return load(CONTACT.ID.eq(id.toString()), 1).stream().findFirst();
    }

    @Override
    public List<Contact> search(String foldedQuery, int limit) {
        Condition c = CONTACT.DELETED_AT.isNull();
        List<String> indexed = new ArrayList<>();
        for (String word : foldedQuery.strip().split("\\s+")) {
            if (word.length() >= TRIGRAM) {
                indexed.add('"' + word + '"');
            } else if (!word.isEmpty()) {
                c = c.and(CONTACT.SEARCH_TEXT.contains(word));
            }
        }
        if (!indexed.isEmpty()) {
            // Folded words hold only letters, digits and spaces, so quoting them is enough for MATCH.
            c = c.and(DSL.condition("{0} in (select contact_id from contact_fts where contact_fts match {1})",
                    CONTACT.ID, DSL.val(String.join(" AND ", indexed))));
        }
        return load(c, limit);
    }

    @Override
    public List<Contact> withEmails(Collection<String> emails) {
        List<String> keys = emails.stream().map(e -> e.strip().toLowerCase(Locale.ROOT)).toList();
        return load(CONTACT.DELETED_AT.isNull().and(CONTACT.ID.in(
                DSL.select(CONTACT_EMAIL.CONTACT_ID).from(CONTACT_EMAIL).where(CONTACT_EMAIL.EMAIL_KEY.in(keys)))),
                Integer.MAX_VALUE);
    }

    @Override
    public List<Contact> withNameKey(String nameKey) {
        return load(CONTACT.DELETED_AT.isNull().and(CONTACT.NAME_KEY.eq(nameKey)), Integer.MAX_VALUE);
    }

    @Override
    public List<Contact> ofOrganisation(UUID organisationId) {
        return load(CONTACT.DELETED_AT.isNull().and(CONTACT.ORGANISATION_ID.eq(organisationId.toString())),
                Integer.MAX_VALUE);
    }

    @Override
    public List<Contact> all() {
        return load(CONTACT.DELETED_AT.isNull(), Integer.MAX_VALUE);
    }

    @Override
    public int countActive() {
        return db.dsl().fetchCount(CONTACT, CONTACT.DELETED_AT.isNull());
    }

    @Override
    public void save(Contact contact) {
        db.run(() -> {
            ContactRecord r = toRecord(contact);
            MetaColumns.upsert(db.dsl(), CONTACT, r, CONTACT.ID, CONTACT.REVISION, "contact");
            String id = contact.id().toString();
            db.dsl().deleteFrom(CONTACT_EMAIL).where(CONTACT_EMAIL.CONTACT_ID.eq(id)).execute();
            List<String> emails = contact.details().emails();
            for (int i = 0; i < emails.size(); i++) {
                db.dsl().insertInto(CONTACT_EMAIL)
                        .set(CONTACT_EMAIL.CONTACT_ID, id)
                        .set(CONTACT_EMAIL.ORDINAL, (long) i)
                        .set(CONTACT_EMAIL.EMAIL, emails.get(i))
                        .set(CONTACT_EMAIL.EMAIL_KEY, emails.get(i).toLowerCase(Locale.ROOT))
                        .execute();
            }
        });
    }

    @Override
    public void markMerged(Contact merged, UUID into) {
        db.run(() -> {
            save(merged);
            db.dsl().update(CONTACT)
                    .set(CONTACT.MERGED_INTO, into.toString())
                    .set(CONTACT.DELETED_AT, merged.meta().updatedAt().toString())
                    .where(CONTACT.ID.eq(merged.id().toString())).execute();
        });
    }

    /** Works out a contact's folded name and search text again, from its fields as stored now. */
    void reindex(UUID contactId) {
        find(contactId).ifPresent(c -> db.dsl().update(CONTACT)
                .set(CONTACT.NAME_KEY, NameFolding.nameKey(c.details().name()))
                .set(CONTACT.SEARCH_TEXT, searchText(c.details()))
                .where(CONTACT.ID.eq(c.id().toString())).execute());
    }

    /** Recomputes the search text of an organisation's contacts after the organisation was renamed. */
    void reindexOrganisation(UUID organisationId) {
        for (Contact c : load(CONTACT.ORGANISATION_ID.eq(organisationId.toString()), Integer.MAX_VALUE)) {
            db.dsl().update(CONTACT).set(CONTACT.SEARCH_TEXT, searchText(c.details()))
                    .where(CONTACT.ID.eq(c.id().toString())).execute();
        }
    }

    private ContactRecord toRecord(Contact contact) {
        ContactDetails d = contact.details();
        ContactRecord r = db.dsl().newRecord(CONTACT);
        META.write(r, contact.meta());
        r.setName(d.name());
        r.setNameAr(Dates.nullIfEmpty(d.nameAr()));
        r.setTitle(Dates.nullIfEmpty(d.title()));
        r.setPosition(Dates.nullIfEmpty(d.position()));
        r.setOrganisationId(Dates.text(d.organisationId()));
        r.setCountryCode(d.countryCode());
        r.setPhones(String.join(LIST_SEPARATOR, d.phones()));
        r.setLanguages(String.join(",", d.languages().stream().map(Lang::code).toList())); // order kept: first = main
        r.setNotes(Dates.nullIfEmpty(d.notes()));
        if (d.consent() != null) {
            r.setConsentBasis(d.consent().basis() == null ? null : d.consent().basis().name());
            r.setConsentDate(Dates.text(d.consent().date()));
            r.setConsentSource(Dates.nullIfEmpty(d.consent().source()));
        }
        r.setPublicationConsent(d.publicationConsent() ? 1L : 0L);
        r.setNameKey(NameFolding.nameKey(d.name()));
        r.setSearchText(searchText(d));
        r.setDeletedAt(null);
        r.setMergedInto(null);
        return r;
    }

    private String searchText(ContactDetails d) {
        StringBuilder text = new StringBuilder(d.name()).append(' ').append(d.nameAr());
        if (d.organisationId() != null) {
            db.dsl().select(ORGANISATION.ACRONYM, ORGANISATION.NAME_EN, ORGANISATION.NAME_FR, ORGANISATION.NAME_AR)
                    .from(ORGANISATION).where(ORGANISATION.ID.eq(d.organisationId().toString()))
                    .fetchOptional().ifPresent(o -> appendAll(text, o.intoArray()));
        }
        if (d.countryCode() != null) {
            text.append(' ').append(d.countryCode());
            db.dsl().select(COUNTRY.NAME_EN, COUNTRY.NAME_FR, COUNTRY.NAME_AR).from(COUNTRY)
                    .where(COUNTRY.CODE.eq(d.countryCode()))
                    .fetchOptional().ifPresent(o -> appendAll(text, o.intoArray()));
        }
        d.emails().forEach(e -> text.append(' ').append(e));
        return NameFolding.searchKey(text.toString());
    }

    private static void appendAll(StringBuilder text, Object[] values) {
        for (Object v : values) {
            if (v != null) {
                text.append(' ').append(v);
            }
        }
    }

    private List<Contact> load(Condition condition, int limit) {
        List<ContactRecord> rows = db.dsl().selectFrom(CONTACT).where(condition)
                .orderBy(CONTACT.NAME_KEY, CONTACT.NAME).limit(limit).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> emails = new LinkedHashMap<>();
        List<String> ids = rows.stream().map(ContactRecord::getId).toList();
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            db.dsl().select(CONTACT_EMAIL.CONTACT_ID, CONTACT_EMAIL.EMAIL).from(CONTACT_EMAIL)
                    .where(CONTACT_EMAIL.CONTACT_ID.in(chunk)).orderBy(CONTACT_EMAIL.CONTACT_ID, CONTACT_EMAIL.ORDINAL)
                    .forEach(e -> emails.computeIfAbsent(e.value1(), k -> new ArrayList<>()).add(e.value2()));
        }
        List<Contact> result = new ArrayList<>(rows.size());
        for (ContactRecord r : rows) {
            result.add(map(r, emails.getOrDefault(r.getId(), List.of())));
        }
        return result;
    }

    private static Contact map(ContactRecord r, List<String> emails) {
        Set<Lang> langs = new java.util.LinkedHashSet<>();
        for (String code : r.getLanguages().split(",")) {
            Lang.fromCode(code).ifPresent(langs::add);
        }
        Consent consent = r.getConsentBasis() == null && r.getConsentDate() == null ? null
                : new Consent(r.getConsentBasis() == null ? null : ConsentBasis.valueOf(r.getConsentBasis()),
                Dates.date(r.getConsentDate()), r.getConsentSource());
        List<String> phones = r.getPhones().isEmpty() ? List.of() : Arrays.asList(r.getPhones().split(LIST_SEPARATOR));
        ContactDetails d = new ContactDetails(r.getName(), r.getNameAr(), r.getTitle(), r.getPosition(),
                Dates.uuid(r.getOrganisationId()), r.getCountryCode(), emails, phones, langs, r.getNotes(), consent,
                r.getPublicationConsent() == 1);
        return new Contact(META.read(r), d);
    }

    /** When the row was soft-deleted, if it was. */
    Optional<Instant> deletedAt(UUID id) {
        return db.dsl().select(CONTACT.DELETED_AT).from(CONTACT).where(CONTACT.ID.eq(id.toString()))
                .fetchOptional(CONTACT.DELETED_AT).map(Instant::parse);
    }
}
