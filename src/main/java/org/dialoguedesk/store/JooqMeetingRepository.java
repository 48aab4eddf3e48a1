package org.dialoguedesk.store;

import static org.dialoguedesk.store.schema.Tables.MEETING;
import static org.dialoguedesk.store.schema.Tables.MEETING_CO_CHAIR;
import static org.dialoguedesk.store.schema.Tables.MEETING_SESSION;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.meeting.AgendaSession;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.MeetingRepository;
import org.dialoguedesk.meeting.MeetingStatus;
import org.dialoguedesk.meeting.MeetingType;
import org.dialoguedesk.meeting.SessionKind;
import org.dialoguedesk.store.schema.tables.records.MeetingRecord;
import org.dialoguedesk.store.schema.tables.records.MeetingSessionRecord;
import org.jooq.DSLContext;

/** Meetings with their co-chairs (rows of the meeting record, replaced with it) and agenda sessions. */
public final class JooqMeetingRepository implements MeetingRepository {

    private static final MetaColumns MEETING_META = new MetaColumns(MEETING);
    private static final MetaColumns SESSION_META = new MetaColumns(MEETING_SESSION);

    private final Database db;

    public JooqMeetingRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<Meeting> all() {
        DSLContext dsl = db.dsl();
        return dsl.selectFrom(MEETING).where(MEETING.DELETED_AT.isNull())
                .orderBy(MEETING.START_DATE.desc(), MEETING.TITLE_EN).fetch().stream().map(r -> map(dsl, r)).toList();
    }

    @Override
    public Optional<Meeting> find(UUID id) {
        DSLContext dsl = db.dsl();
        return dsl.selectFrom(MEETING).where(MEETING.ID.eq(id.toString()), MEETING.DELETED_AT.isNull())
                .fetchOptional().map(r -> map(dsl, r));
    }

    private static Meeting map(DSLContext dsl, MeetingRecord r) {
        List<String> coChairs = dsl.select(MEETING_CO_CHAIR.COUNTRY_CODE).from(MEETING_CO_CHAIR)
                .where(MEETING_CO_CHAIR.MEETING_ID.eq(r.getId())).orderBy(MEETING_CO_CHAIR.POSITION)
                .fetch(MEETING_CO_CHAIR.COUNTRY_CODE);
        return new Meeting(MEETING_META.read(r), UUID.fromString(r.getDialogueId()), MeetingType.valueOf(r.getType()),
                new Localized(r.getTitleEn(), r.getTitleFr(), r.getTitleAr()), r.getThematicArea(), r.getHostCountry(),
                new Localized(r.getCityEn(), r.getCityFr(), r.getCityAr()),
                new Localized(r.getVenueEn(), r.getVenueFr(), r.getVenueAr()), Dates.date(r.getStartDate()),
                Dates.date(r.getEndDate()), coChairs, langs(r.getWorkingLanguages()), langs(r.getBooths()),
                r.getCapacity().intValue(), MeetingStatus.valueOf(r.getStatus()), r.getSample() == 1);
    }

    @Override
    public void save(Meeting m) {
        DSLContext dsl = db.dsl();
        MeetingRecord r = dsl.newRecord(MEETING);
        MEETING_META.write(r, m.meta());
        r.setDialogueId(m.dialogueId().toString());
        r.setType(m.type().name());
        r.setTitleEn(m.title().en());
        r.setTitleFr(m.title().fr());
        r.setTitleAr(m.title().ar());
        r.setThematicArea(m.thematicArea());
        r.setHostCountry(m.hostCountry());
        r.setCityEn(m.city().en());
        r.setCityFr(m.city().fr());
        r.setCityAr(m.city().ar());
        r.setVenueEn(m.venue().en());
        r.setVenueFr(m.venue().fr());
        r.setVenueAr(m.venue().ar());
        r.setStartDate(Dates.text(m.startDate()));
        r.setEndDate(Dates.text(m.endDate()));
        r.setWorkingLanguages(text(m.workingLanguages()));
        r.setBooths(text(m.booths()));
        r.setCapacity((long) m.capacity());
        r.setStatus(m.status().name());
        r.setSample(m.sample() ? 1L : 0L);
        MetaColumns.upsert(dsl, MEETING, r, MEETING.ID, MEETING.REVISION, "meeting");
        dsl.deleteFrom(MEETING_CO_CHAIR).where(MEETING_CO_CHAIR.MEETING_ID.eq(r.getId())).execute();
        for (int i = 0; i < m.coChairs().size(); i++) {
            dsl.insertInto(MEETING_CO_CHAIR).set(MEETING_CO_CHAIR.MEETING_ID, r.getId())
                    .set(MEETING_CO_CHAIR.POSITION, (long) i).set(MEETING_CO_CHAIR.COUNTRY_CODE, m.coChairs().get(i))
                    .execute();
        }
    }

    @Override
    public List<AgendaSession> sessions(UUID meetingId) {
        return db.dsl().selectFrom(MEETING_SESSION)
                .where(MEETING_SESSION.MEETING_ID.eq(meetingId.toString()), MEETING_SESSION.DELETED_AT.isNull())
                .orderBy(MEETING_SESSION.DAY, MEETING_SESSION.START_TIME, MEETING_SESSION.ORDINAL)
                .fetch(JooqMeetingRepository::mapSession);
    }

    private static AgendaSession mapSession(MeetingSessionRecord r) {
        return new AgendaSession(SESSION_META.read(r), UUID.fromString(r.getMeetingId()), r.getOrdinal().intValue(),
                Dates.date(r.getDay()), LocalTime.parse(r.getStartTime()), LocalTime.parse(r.getEndTime()),
                new Localized(r.getTitleEn(), r.getTitleFr(), r.getTitleAr()), SessionKind.valueOf(r.getKind()),
                r.getChair(), r.getSpeakers().isEmpty() ? List.of() : List.of(r.getSpeakers().split("\n")),
                Lang.fromCode(r.getLanguage()).orElseThrow(), r.getInterpreted() == 1);
    }

    @Override
    public void saveSession(AgendaSession s) {
        MetaColumns.upsert(db.dsl(), MEETING_SESSION, sessionRecord(s), MEETING_SESSION.ID, MEETING_SESSION.REVISION,
                "session");
    }

    @Override
    public void deleteSession(AgendaSession s) {
        MeetingSessionRecord r = sessionRecord(s);
        r.setDeletedAt(s.meta().updatedAt().toString());
        MetaColumns.upsert(db.dsl(), MEETING_SESSION, r, MEETING_SESSION.ID, MEETING_SESSION.REVISION, "session");
    }

    private MeetingSessionRecord sessionRecord(AgendaSession s) {
        MeetingSessionRecord r = db.dsl().newRecord(MEETING_SESSION);
        SESSION_META.write(r, s.meta());
        r.setMeetingId(s.meetingId().toString());
        r.setOrdinal((long) s.ordinal());
        r.setDay(Dates.text(s.day()));
        r.setStartTime(s.start().toString());
        r.setEndTime(s.end().toString());
        r.setTitleEn(s.title().en());
        r.setTitleFr(s.title().fr());
        r.setTitleAr(s.title().ar());
        r.setKind(s.kind().name());
        r.setChair(s.chair());
        r.setSpeakers(String.join("\n", s.speakers()));
        r.setLanguage(s.language().code());
        r.setInterpreted(s.interpreted() ? 1L : 0L);
        return r;
    }

    /** Languages as stored: codes in the enum's order, separated by commas. */
    static String text(Set<Lang> langs) {
        return langs.stream().sorted().map(Lang::code).collect(Collectors.joining(","));
    }

    static Set<Lang> langs(String text) {
        Set<Lang> langs = EnumSet.noneOf(Lang.class);
        Arrays.stream(text.split(",")).map(Lang::fromCode).flatMap(Optional::stream).forEach(langs::add);
        return langs;
    }
}
