package org.dialoguedesk.store;

import static org.dialoguedesk.store.schema.Tables.PROFILE;
import static org.dialoguedesk.store.schema.Tables.PROFILE_INDICATOR;
import static org.dialoguedesk.store.schema.Tables.PROFILE_ROUTE_COUNTRY;
import static org.dialoguedesk.store.schema.Tables.PROFILE_SECTION;
import static org.dialoguedesk.store.schema.Tables.PROFILE_TEXT;
import static org.dialoguedesk.store.schema.Tables.PROFILE_VERSION;
import static org.dialoguedesk.store.schema.Tables.PROFILE_VERSION_TEXT;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.profile.Access;
import org.dialoguedesk.profile.Indicator;
import org.dialoguedesk.profile.Profile;
import org.dialoguedesk.profile.ProfileKind;
import org.dialoguedesk.profile.ProfileRepository;
import org.dialoguedesk.profile.ProfileSection;
import org.dialoguedesk.profile.ProfileVersion;
import org.dialoguedesk.profile.SectionStatus;
import org.dialoguedesk.profile.SectionText;
import org.dialoguedesk.profile.VersionText;
import org.dialoguedesk.store.schema.tables.records.ProfileIndicatorRecord;
import org.dialoguedesk.store.schema.tables.records.ProfileRecord;
import org.dialoguedesk.store.schema.tables.records.ProfileSectionRecord;
import org.dialoguedesk.store.schema.tables.records.ProfileTextRecord;
import org.dialoguedesk.store.schema.tables.records.ProfileVersionRecord;
import org.jooq.DSLContext;

/** Profiles and everything in them; published versions are only ever inserted. */
public final class JooqProfileRepository implements ProfileRepository {

    private static final MetaColumns PROFILE_META = new MetaColumns(PROFILE);
    private static final MetaColumns SECTION_META = new MetaColumns(PROFILE_SECTION);
    private static final MetaColumns TEXT_META = new MetaColumns(PROFILE_TEXT);
    private static final MetaColumns INDICATOR_META = new MetaColumns(PROFILE_INDICATOR);
    private static final MetaColumns VERSION_META = new MetaColumns(PROFILE_VERSION);

    private final Database db;

    public JooqProfileRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<Profile> all() {
        DSLContext dsl = db.dsl();
        return dsl.selectFrom(PROFILE).orderBy(PROFILE.REF_KEY).fetch().stream().map(r -> map(dsl, r)).toList();
    }

    @Override
    public Optional<Profile> find(UUID id) {
        DSLContext dsl = db.dsl();
        return dsl.selectFrom(PROFILE).where(PROFILE.ID.eq(id.toString())).fetchOptional().map(r -> map(dsl, r));
    }

    private static Profile map(DSLContext dsl, ProfileRecord r) {
        List<String> route = dsl.select(PROFILE_ROUTE_COUNTRY.COUNTRY_CODE).from(PROFILE_ROUTE_COUNTRY)
                .where(PROFILE_ROUTE_COUNTRY.PROFILE_ID.eq(r.getId())).orderBy(PROFILE_ROUTE_COUNTRY.POSITION)
                .fetch(PROFILE_ROUTE_COUNTRY.COUNTRY_CODE);
        return new Profile(PROFILE_META.read(r), r.getRefKey(), ProfileKind.valueOf(r.getKind()),
                UUID.fromString(r.getTemplateId()), Dates.uuid(r.getDialogueId()), r.getCountryCode(),
                new Localized(r.getPlace(), r.getPlaceFr(), r.getPlaceAr()), route, new Localized(r.getTitleEn(), r.getTitleFr(), r.getTitleAr()), Access.valueOf(r.getAccess()),
                Lang.fromCode(r.getSourceLanguage()).orElse(Lang.EN));
    }

    @Override
    public void save(Profile p) {
        DSLContext dsl = db.dsl();
        ProfileRecord r = dsl.newRecord(PROFILE);
        PROFILE_META.write(r, p.meta());
        r.setRefKey(p.key());
        r.setKind(p.kind().name());
        r.setTemplateId(p.templateId().toString());
        r.setDialogueId(Dates.text(p.dialogueId()));
        r.setCountryCode(Dates.nullIfEmpty(p.countryCode()));
        r.setPlace(p.place().en());
        r.setPlaceFr(p.place().fr());
        r.setPlaceAr(p.place().ar());
        r.setTitleEn(p.title().en());
        r.setTitleFr(p.title().fr());
        r.setTitleAr(p.title().ar());
        r.setAccess(p.access().name());
        r.setSourceLanguage(p.sourceLanguage().code());
        MetaColumns.upsert(dsl, PROFILE, r, PROFILE.ID, PROFILE.REVISION, "profile " + p.key());
        dsl.deleteFrom(PROFILE_ROUTE_COUNTRY).where(PROFILE_ROUTE_COUNTRY.PROFILE_ID.eq(r.getId())).execute();
        long position = 0;
        for (String c : p.routeCountries()) {
            dsl.insertInto(PROFILE_ROUTE_COUNTRY, PROFILE_ROUTE_COUNTRY.PROFILE_ID, PROFILE_ROUTE_COUNTRY.POSITION,
                    PROFILE_ROUTE_COUNTRY.COUNTRY_CODE).values(r.getId(), position++, c).execute();
        }
    }

    @Override
    public List<ProfileSection> sections(UUID profileId) {
        return db.dsl().selectFrom(PROFILE_SECTION).where(PROFILE_SECTION.PROFILE_ID.eq(profileId.toString()))
                .orderBy(PROFILE_SECTION.POSITION).fetch().stream().map(s -> new ProfileSection(SECTION_META.read(s),
                        UUID.fromString(s.getProfileId()), s.getPosition().intValue(), s.getCode(),
                        SectionStatus.valueOf(s.getStatus()), Access.valueOf(s.getAccess()), s.getValidatedBy(),
                        Dates.date(s.getValidatedOn()), s.getStatusNote())).toList();
    }

    @Override
    public void saveSection(ProfileSection s) {
        DSLContext dsl = db.dsl();
        ProfileSectionRecord r = dsl.newRecord(PROFILE_SECTION);
        SECTION_META.write(r, s.meta());
        r.setProfileId(s.profileId().toString());
        r.setPosition((long) s.position());
        r.setCode(s.code());
        r.setStatus(s.status().name());
        r.setAccess(s.access().name());
        r.setValidatedBy(s.validatedBy());
        r.setValidatedOn(Dates.text(s.validatedOn()));
        r.setStatusNote(s.statusNote());
        MetaColumns.upsert(dsl, PROFILE_SECTION, r, PROFILE_SECTION.ID, PROFILE_SECTION.REVISION,
                "profile section " + s.code());
    }

    @Override
    public List<SectionText> texts(UUID profileId) {
        return db.dsl().select(PROFILE_TEXT.fields()).from(PROFILE_TEXT).join(PROFILE_SECTION)
                .on(PROFILE_SECTION.ID.eq(PROFILE_TEXT.SECTION_ID))
                .where(PROFILE_SECTION.PROFILE_ID.eq(profileId.toString()))
                .orderBy(PROFILE_SECTION.POSITION, PROFILE_TEXT.LANG).fetchInto(PROFILE_TEXT).stream()
                .map(t -> new SectionText(TEXT_META.read(t), UUID.fromString(t.getSectionId()),
                        Lang.fromCode(t.getLang()).orElseThrow(), t.getMarkdown(), t.getTextRevision().intValue(),
                        t.getSourceRevision() == null ? null : t.getSourceRevision().intValue())).toList();
    }

    @Override
    public void saveText(SectionText t) {
        DSLContext dsl = db.dsl();
        ProfileTextRecord r = dsl.newRecord(PROFILE_TEXT);
        TEXT_META.write(r, t.meta());
        r.setSectionId(t.sectionId().toString());
        r.setLang(t.lang().code());
        r.setMarkdown(t.markdown());
        r.setTextRevision((long) t.textRevision());
        r.setSourceRevision(t.sourceRevision() == null ? null : (long) t.sourceRevision());
        MetaColumns.upsert(dsl, PROFILE_TEXT, r, PROFILE_TEXT.ID, PROFILE_TEXT.REVISION, "section text");
    }

    @Override
    public List<Indicator> indicators(UUID profileId) {
        return db.dsl().select(PROFILE_INDICATOR.fields()).from(PROFILE_INDICATOR).join(PROFILE_SECTION)
                .on(PROFILE_SECTION.ID.eq(PROFILE_INDICATOR.SECTION_ID))
                .where(PROFILE_SECTION.PROFILE_ID.eq(profileId.toString()))
                .orderBy(PROFILE_SECTION.POSITION, PROFILE_INDICATOR.POSITION).fetchInto(PROFILE_INDICATOR).stream()
                .map(i -> new Indicator(INDICATOR_META.read(i), UUID.fromString(i.getSectionId()),
                        i.getPosition().intValue(), i.getCode(), new Localized(i.getLabelEn(), i.getLabelFr(),
                        i.getLabelAr()), i.getYear().intValue(), i.getValue(), i.getUnit(), i.getSource(),
                        i.getSourceUrl(), i.getNote(), i.getProvenance())).toList();
    }

    @Override
    public void saveIndicator(Indicator i) {
        DSLContext dsl = db.dsl();
        ProfileIndicatorRecord r = dsl.newRecord(PROFILE_INDICATOR);
        INDICATOR_META.write(r, i.meta());
        r.setSectionId(i.sectionId().toString());
        r.setPosition((long) i.position());
        r.setCode(i.code());
        r.setLabelEn(i.label().en());
        r.setLabelFr(i.label().fr());
        r.setLabelAr(i.label().ar());
        r.setYear((long) i.year());
        r.setValue(i.value());
        r.setUnit(i.unit());
        r.setSource(i.source());
        r.setSourceUrl(i.sourceUrl());
        r.setNote(i.note());
        r.setProvenance(i.provenance());
        MetaColumns.upsert(dsl, PROFILE_INDICATOR, r, PROFILE_INDICATOR.ID, PROFILE_INDICATOR.REVISION,
                "indicator " + i.code() + " " + i.year());
    }

    @Override
    public void deleteIndicator(UUID id) {
        db.dsl().deleteFrom(PROFILE_INDICATOR).where(PROFILE_INDICATOR.ID.eq(id.toString())).execute();
    }

    @Override
    public List<ProfileVersion> versions(UUID profileId) {
        DSLContext dsl = db.dsl();
        return dsl.selectFrom(PROFILE_VERSION).where(PROFILE_VERSION.PROFILE_ID.eq(profileId.toString()))
                .orderBy(PROFILE_VERSION.NUMBER).fetch().stream().map(v -> new ProfileVersion(VERSION_META.read(v),
                        profileId, v.getNumber().intValue(), Dates.date(v.getPublishedOn()),
                        dsl.selectFrom(PROFILE_VERSION_TEXT).where(PROFILE_VERSION_TEXT.VERSION_ID.eq(v.getId()))
                                .orderBy(PROFILE_VERSION_TEXT.POSITION).fetch().stream()
                                .map(t -> new VersionText(t.getSectionCode(), Lang.fromCode(t.getLang()).orElseThrow(),
                                        SectionStatus.valueOf(t.getStatus()), Access.valueOf(t.getAccess()),
                                        t.getMarkdown(), t.getIndicators())).toList())).toList();
    }

    @Override
    public void addVersion(ProfileVersion v) {
        DSLContext dsl = db.dsl();
        ProfileVersionRecord r = dsl.newRecord(PROFILE_VERSION);
        VERSION_META.write(r, v.meta());
        r.setProfileId(v.profileId().toString());
        r.setNumber((long) v.number());
        r.setPublishedOn(Dates.text(v.publishedOn()));
        r.insert();
        long position = 0;
        for (VersionText t : v.texts()) {
            dsl.insertInto(PROFILE_VERSION_TEXT).set(PROFILE_VERSION_TEXT.VERSION_ID, r.getId())
                    .set(PROFILE_VERSION_TEXT.POSITION, position++)
                    .set(PROFILE_VERSION_TEXT.SECTION_CODE, t.sectionCode())
                    .set(PROFILE_VERSION_TEXT.LANG, t.lang().code())
                    .set(PROFILE_VERSION_TEXT.STATUS, t.status().name())
                    .set(PROFILE_VERSION_TEXT.ACCESS, t.access().name())
                    .set(PROFILE_VERSION_TEXT.MARKDOWN, t.markdown())
                    .set(PROFILE_VERSION_TEXT.INDICATORS, t.indicators()).execute();
        }
    }
}
