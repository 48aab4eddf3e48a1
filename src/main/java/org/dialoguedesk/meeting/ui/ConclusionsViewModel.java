package org.dialoguedesk.meeting.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.meeting.AgendaSession;
import org.dialoguedesk.meeting.ConclusionStatus;
import org.dialoguedesk.meeting.Conclusions;
import org.dialoguedesk.meeting.ConclusionsService;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.MeetingService;
import org.dialoguedesk.meeting.SessionKind;
import org.dialoguedesk.meeting.SessionNote;
import org.dialoguedesk.meeting.ui.MeetingRows.SessionRow;
import org.dialoguedesk.roster.RosterService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * Session notes and the co-chairs' conclusions under the Chatham House Rule. A note is a session and
 * a text, never a speaker. The conclusions of one language are edited while a draft, approved, sent
 * back to draft or made final, and only the moves {@link ConclusionsService#allowed} are offered. A
 * refusal (a participant's name in the text) is shown with the names it found, and the editors keep
 * what was typed; text typed in one language is kept aside when the officer looks at another.
 */
public final class ConclusionsViewModel {

    /** A note as the list shows it: when and in which session, and what was said there. */
    public record NoteRow(SessionNote note, String when, String session, String text) {
    }

    /** A session a note may be written for. */
    public record SessionChoice(UUID id, String label) {
    }

    private record Loaded(UUID meetingId, Map<UUID, SessionRow> agenda, List<SessionChoice> sessions,
                          List<SessionNote> notes, Optional<Conclusions> conclusions) {
    }

    private final ConclusionsService service;
    private final MeetingService meetings;
    private final RosterService roster;
    private final JobRunner jobs;
    private final I18n i18n;
    private final ObservableList<NoteRow> notes = FXCollections.observableArrayList();
    private final ObservableList<SessionChoice> sessions = FXCollections.observableArrayList();
    private final ObjectProperty<NoteRow> selectedNote = new SimpleObjectProperty<>(this, "selectedNote");
    private final ObjectProperty<SessionChoice> noteSession = new SimpleObjectProperty<>(this, "noteSession");
    private final StringProperty noteText = new SimpleStringProperty(this, "noteText", "");
    private final ObjectProperty<Lang> language = new SimpleObjectProperty<>(this, "language");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper stored = new ReadOnlyStringWrapper(this, "stored", "");
    private final ReadOnlyObjectWrapper<ConclusionStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyObjectWrapper<MeetingNotice> notice =
            new ReadOnlyObjectWrapper<>(this, "notice", MeetingNotice.NONE);
    /** Unsaved conclusions by meeting and language, kept while the officer looks at another language. */
    private final Map<String, String> unsaved = new HashMap<>();
    private final BooleanBinding editable;
    private final BooleanBinding canSave;
    private final BooleanBinding canAddNote;
    private final BooleanBinding canSaveNote;
    private Map<UUID, SessionRow> agenda = Map.of();
    private UUID meetingId;
    private Lang shownLanguage;

    public ConclusionsViewModel(ConclusionsService service, MeetingService meetings, RosterService roster,
                                JobRunner jobs, I18n i18n) {
        this.service = service;
        this.meetings = meetings;
        this.roster = roster;
        this.jobs = jobs;
        this.i18n = i18n;
        language.set(i18n.lang());
        editable = Bindings.createBooleanBinding(() -> status.get() == null || status.get() == ConclusionStatus.DRAFT,
                status);
        canSave = Bindings.createBooleanBinding(() -> editable.get() && !text.get().isBlank()
                && !text.get().strip().equals(stored.get()), editable, text, stored);
        canAddNote = Bindings.createBooleanBinding(() -> noteSession.get() != null && !noteText.get().isBlank(),
                noteSession, noteText);
        canSaveNote = Bindings.createBooleanBinding(() -> selectedNote.get() != null && !noteText.get().isBlank()
                && !noteText.get().strip().equals(selectedNote.get().note().text()), selectedNote, noteText);
        selectedNote.addListener((o, was, row) -> {
            if (row != null) {
                noteText.set(row.note().text());
                sessions.stream().filter(s -> s.id().equals(row.note().sessionId())).findFirst()
                        .ifPresent(noteSession::set);
            }
        });
        language.addListener((o, was, now) -> languageChanged());
    }

    /**
     * Shows this meeting's notes and conclusions (none: empties the screen). The meeting shown already
     * is not read again (the screen asks after every participant's change, which touches neither), so
     * a note being typed stays.
     */
    public void show(Meeting meeting) {
        if (meeting != null && meeting.id().equals(meetingId)) {
            return;
        }
        keepUnsaved();
        if (meeting == null) {
            apply(new Loaded(null, Map.of(), List.of(), List.of(), Optional.empty()));
            return;
        }
        UUID id = meeting.id();
        Lang lang = language.get();
        run("meeting.after.job.loadConclusions", () -> read(id, lang), this::apply);
    }

    private Loaded read(UUID id, Lang lang) {
        MeetingWording wording = MeetingWording.of(MeetingChoices.read(roster, i18n), i18n);
        List<AgendaSession> sessions = meetings.sessions(id);
        Map<UUID, SessionRow> rows = new HashMap<>();
        sessions.forEach(s -> rows.put(s.id(), wording.session(s)));
        List<SessionChoice> choices = sessions.stream().filter(s -> s.kind() != SessionKind.BREAK)
                .map(s -> new SessionChoice(s.id(), label(rows.get(s.id())))).toList();
        return new Loaded(id, rows, choices, service.notes(id), service.conclusions(id, lang));
    }

    private String label(SessionRow s) {
        return i18n.get("meeting.after.notes.session", s.day(), s.time(), s.title());
    }

    private void apply(Loaded l) {
        meetingId = l.meetingId();
        agenda = Map.copyOf(l.agenda());
        sessions.setAll(l.sessions());
        showNotes(l.notes());
        newNote();
        showConclusions(l.conclusions());
    }

    private void showNotes(List<SessionNote> list) {
        notes.setAll(list.stream().map(n -> {
            SessionRow s = agenda.get(n.sessionId());
            // day and time apart from the title, on two lines: digits stay whole beside an Arabic title
            return s == null ? new NoteRow(n, "", "", n.text())
                    : new NoteRow(n, s.day() + "\n" + s.time(), s.title(), n.text());
        }).toList());
    }

    private void languageChanged() {
        keepUnsaved();
        UUID id = meetingId;
        Lang lang = language.get();
        if (id != null && lang != null) {
            run("meeting.after.job.loadConclusions", () -> service.conclusions(id, lang), this::showConclusions);
        }
    }

    private void keepUnsaved() {
        if (meetingId != null && shownLanguage != null && canSave.get()) {
            unsaved.put(meetingId + "/" + shownLanguage.code(), text.get());
        }
    }

    private void showConclusions(Optional<Conclusions> c) {
        shownLanguage = language.get();
        stored.set(c.map(Conclusions::text).orElse(""));
        status.set(c.map(Conclusions::status).orElse(null));
        String kept = meetingId == null ? null : unsaved.remove(meetingId + "/" + shownLanguage.code());
        text.set(kept != null && editable.get() ? kept : stored.get());
    }

    /** Empties the note editor for a new note, keeping the session chosen last. */
    public void newNote() {
        selectedNote.set(null);
        noteText.set("");
        if (noteSession.get() == null || !sessions.contains(noteSession.get())) {
            noteSession.set(sessions.isEmpty() ? null : sessions.get(0));
        }
    }

    /** Records the editor's text as a new note of the chosen session. */
    public void addNote() {
        if (!canAddNote.get()) {
            return;
        }
        UUID id = meetingId;
        UUID session = noteSession.get().id();
        String typed = noteText.get();
        run("meeting.after.job.saveNote", () -> service.addNote(id, session, typed), saved -> notesSaved(
                "meeting.after.notes.added"));
    }

    /** Saves the editor's text over the chosen note. */
    public void saveNote() {
        if (!canSaveNote.get()) {
            return;
        }
        SessionNote note = selectedNote.get().note();
        String typed = noteText.get();
        run("meeting.after.job.saveNote", () -> service.editNote(note, typed), saved -> notesSaved(
                "meeting.after.notes.saved"));
    }

    private void notesSaved(String key) {
        UUID id = meetingId;
        run("meeting.after.job.loadConclusions", () -> service.notes(id), list -> {
            showNotes(list);
            newNote();
            notice.set(MeetingNotice.done(i18n.get(key)));
        });
    }

    /** Saves the conclusions' text as a draft (the first save creates them). */
    public void saveText() {
        if (!canSave.get()) {
            return;
        }
        conclusionsJob(ConclusionStatus.DRAFT, (id, lang) -> service.saveText(id, lang, text.get()),
                "meeting.after.conclusions.saved");
    }

    /** The co-chairs approved the draft: what the editor holds is saved first, then approved. */
    public void approve() {
        move(ConclusionStatus.APPROVED);
    }

    /** Sends approved conclusions back to draft, to be edited again. */
    public void backToDraft() {
        move(ConclusionStatus.DRAFT);
    }

    /** Publishes approved conclusions; final ones never change again. */
    public void makeFinal() {
        move(ConclusionStatus.FINAL);
    }

    /** Whether the shown conclusions may move to that status now. */
    public boolean mayMove(ConclusionStatus to) {
        return status.get() != null && ConclusionsService.allowed(status.get(), to);
    }

    private void move(ConclusionStatus to) {
        if (!mayMove(to)) {
            return;
        }
        String typed = text.get();
        boolean edited = canSave.get();
        conclusionsJob(to, (id, lang) -> {
            if (edited) {
                service.saveText(id, lang, typed);
            }
            return service.move(id, lang, to);
        }, "meeting.after.conclusions.moved");
    }

    private void conclusionsJob(ConclusionStatus to, BiFunction<UUID, Lang, Conclusions> work,
                                String doneKey) {
        UUID id = meetingId;
        Lang lang = language.get();
        if (id == null || lang == null) {
            return;
        }
        run("meeting.after.job.saveConclusions", () -> work.apply(id, lang), c -> {
            showConclusions(Optional.of(c));
            notice.set(MeetingNotice.done(i18n.get(doneKey, i18n.name(lang), i18n.name(to))));
        });
    }

    private <T> void run(String jobKey, Supplier<T> work, Consumer<T> then) {
        jobs.run(i18n.get(jobKey), work, then, e -> notice.set(MeetingNotice.warning(i18n.describe(e))));
    }

    /** The status as the screen names it: "not written yet" before the first save. */
    public String statusText() {
        return Optional.ofNullable(status.get()).map(i18n::name).orElseGet(() -> i18n.get(
                "meeting.after.conclusions.notWritten"));
    }

    public ObservableList<NoteRow> notes() {
        return notes;
    }

    public ObservableList<SessionChoice> sessions() {
        return sessions;
    }

    public ObjectProperty<NoteRow> selectedNoteProperty() {
        return selectedNote;
    }

    public ObjectProperty<SessionChoice> noteSessionProperty() {
        return noteSession;
    }

    public StringProperty noteTextProperty() {
        return noteText;
    }

    public ObjectProperty<Lang> languageProperty() {
        return language;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyObjectProperty<ConclusionStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty storedTextProperty() {
        return stored.getReadOnlyProperty();
    }

    public BooleanBinding editableProperty() {
        return editable;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public BooleanBinding canAddNoteProperty() {
        return canAddNote;
    }

    public BooleanBinding canSaveNoteProperty() {
        return canSaveNote;
    }

    public ReadOnlyObjectProperty<MeetingNotice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
