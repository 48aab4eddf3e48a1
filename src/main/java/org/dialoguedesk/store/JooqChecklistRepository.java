package org.dialoguedesk.store;

import static org.dialoguedesk.store.schema.Tables.CHECKLIST_ITEM;
import static org.dialoguedesk.store.schema.Tables.MEETING_CONCLUSIONS;
import static org.dialoguedesk.store.schema.Tables.SESSION_NOTE;

import java.util.List;
import java.util.UUID;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.meeting.ChecklistItem;
import org.dialoguedesk.meeting.ChecklistKind;
import org.dialoguedesk.meeting.ChecklistRepository;
import org.dialoguedesk.meeting.ConclusionStatus;
import org.dialoguedesk.meeting.Conclusions;
import org.dialoguedesk.meeting.SessionNote;
import org.dialoguedesk.store.schema.tables.records.ChecklistItemRecord;
import org.dialoguedesk.store.schema.tables.records.MeetingConclusionsRecord;
import org.dialoguedesk.store.schema.tables.records.SessionNoteRecord;

/** A meeting's checklist items, session notes and conclusions. */
public final class JooqChecklistRepository implements ChecklistRepository {

    private static final MetaColumns ITEM_META = new MetaColumns(CHECKLIST_ITEM);
    private static final MetaColumns NOTE_META = new MetaColumns(SESSION_NOTE);
    private static final MetaColumns CONCLUSIONS_META = new MetaColumns(MEETING_CONCLUSIONS);

    private final Database db;

    public JooqChecklistRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<ChecklistItem> items(UUID meetingId) {
        return db.dsl().selectFrom(CHECKLIST_ITEM)
                .where(CHECKLIST_ITEM.MEETING_ID.eq(meetingId.toString()), CHECKLIST_ITEM.DELETED_AT.isNull())
                .orderBy(CHECKLIST_ITEM.DAYS_BEFORE.desc(), CHECKLIST_ITEM.KIND)
                .fetch(r -> new ChecklistItem(ITEM_META.read(r), UUID.fromString(r.getMeetingId()),
                        ChecklistKind.valueOf(r.getKind()), r.getDaysBefore().intValue(), Dates.date(r.getDoneOn()),
                        r.getNote()));
    }

    @Override
    public void saveItem(ChecklistItem item) {
        ChecklistItemRecord r = db.dsl().newRecord(CHECKLIST_ITEM);
        ITEM_META.write(r, item.meta());
        r.setMeetingId(item.meetingId().toString());
        r.setKind(item.kind().name());
        r.setDaysBefore((long) item.daysBefore());
        r.setDoneOn(Dates.text(item.doneOn()));
        r.setNote(item.note());
        MetaColumns.upsert(db.dsl(), CHECKLIST_ITEM, r, CHECKLIST_ITEM.ID, CHECKLIST_ITEM.REVISION, "checklist item");
    }

    @Override
    public List<SessionNote> notes(UUID meetingId) {
        return db.dsl().selectFrom(SESSION_NOTE)
                .where(SESSION_NOTE.MEETING_ID.eq(meetingId.toString()), SESSION_NOTE.DELETED_AT.isNull())
                .orderBy(SESSION_NOTE.CREATED_AT, SESSION_NOTE.ID)
                .fetch(r -> new SessionNote(NOTE_META.read(r), UUID.fromString(r.getMeetingId()),
                        UUID.fromString(r.getSessionId()), r.getText()));
    }

    @Override
    public void saveNote(SessionNote note) {
        SessionNoteRecord r = db.dsl().newRecord(SESSION_NOTE);
        NOTE_META.write(r, note.meta());
        r.setMeetingId(note.meetingId().toString());
        r.setSessionId(note.sessionId().toString());
        r.setText(note.text());
        MetaColumns.upsert(db.dsl(), SESSION_NOTE, r, SESSION_NOTE.ID, SESSION_NOTE.REVISION, "note");
    }

    @Override
    public List<Conclusions> conclusions(UUID meetingId) {
        return db.dsl().selectFrom(MEETING_CONCLUSIONS)
                .where(MEETING_CONCLUSIONS.MEETING_ID.eq(meetingId.toString()), MEETING_CONCLUSIONS.DELETED_AT.isNull())
                .orderBy(MEETING_CONCLUSIONS.LANGUAGE)
                .fetch(r -> new Conclusions(CONCLUSIONS_META.read(r), UUID.fromString(r.getMeetingId()),
                        Lang.fromCode(r.getLanguage()).orElseThrow(), r.getText(),
                        ConclusionStatus.valueOf(r.getStatus())));
    }

    @Override
    public void saveConclusions(Conclusions c) {
        MeetingConclusionsRecord r = db.dsl().newRecord(MEETING_CONCLUSIONS);
        CONCLUSIONS_META.write(r, c.meta());
        r.setMeetingId(c.meetingId().toString());
        r.setLanguage(c.language().code());
        r.setText(c.text());
        r.setStatus(c.status().name());
        MetaColumns.upsert(db.dsl(), MEETING_CONCLUSIONS, r, MEETING_CONCLUSIONS.ID, MEETING_CONCLUSIONS.REVISION,
                "conclusions");
    }
}
