package org.dialoguedesk.meeting.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.app.UiTestDesks;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.meeting.ConclusionStatus;
import org.dialoguedesk.meeting.Conclusions;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.SessionNote;
import org.dialoguedesk.meeting.ui.ConclusionsViewModel.NoteRow;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.SameThreadJobRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notes and conclusions of the sample meeting (final conclusions in English and French, none in
 * Arabic yet), in an English window.
 */
class ConclusionsViewModelTest {

    private static final String NAMED = "The co-chairs thanked Karim Tazi for his account of joint patrols.";

    @TempDir
    Path dir;
    Desk desk;
    Meeting sample;
    ConclusionsViewModel vm;

    @BeforeEach
    void open() {
        desk = UiTestDesks.withSampleData(dir);
        sample = desk.meetings().meetings().stream().filter(Meeting::sample).findFirst().orElseThrow();
        vm = new ConclusionsViewModel(desk.conclusions(), desk.meetings(), desk.roster(), new SameThreadJobRunner(e -> {
            throw new AssertionError(e);
        }), new I18n(Lang.EN));
        vm.show(sample);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private Optional<Conclusions> stored(Lang lang) {
        return desk.conclusions().conclusions(sample.id(), lang);
    }

    @Test
    void finalConclusionsAreShownReadOnlyWithNoMoveOffered() {
        assertEquals(Lang.EN, vm.languageProperty().get(), "the window's language first");
        assertEquals(ConclusionStatus.FINAL, vm.statusProperty().get());
        assertEquals("Final", vm.statusText());
        assertEquals(stored(Lang.EN).orElseThrow().text(), vm.textProperty().get());
        assertFalse(vm.editableProperty().get());
        for (ConclusionStatus to : ConclusionStatus.values()) {
            assertFalse(vm.mayMove(to), to.name());
        }
        vm.textProperty().set("Rewritten.");
        assertFalse(vm.canSaveProperty().get());
    }

    @Test
    void conclusionsGoFromDraftToApprovedToFinalOfferingOnlyTheAllowedMoves() {
        vm.languageProperty().set(Lang.AR);
        assertNull(vm.statusProperty().get());
        assertEquals("Not written yet", vm.statusText());
        assertTrue(vm.editableProperty().get());
        assertFalse(vm.canSaveProperty().get(), "nothing typed yet");
        vm.textProperty().set("\u0623\u0643\u062f \u0627\u0644\u0631\u0626\u064a\u0633\u0627\u0646 \u0623\u0647\u0645\u064a\u0629 \u0627\u0644\u062a\u0639\u0627\u0648\u0646.");
        vm.saveText();
        assertEquals(ConclusionStatus.DRAFT, stored(Lang.AR).orElseThrow().status());
        assertEquals("The conclusions in Arabic were saved (Draft).", vm.noticeProperty().get().text());
        assertTrue(vm.mayMove(ConclusionStatus.APPROVED));
        assertFalse(vm.mayMove(ConclusionStatus.FINAL), "a draft is approved before it is final");

        vm.textProperty().set(vm.textProperty().get() + " \u0648\u0627\u0644\u062d\u0648\u0627\u0631.");
        vm.approve();
        assertEquals(ConclusionStatus.APPROVED, vm.statusProperty().get());
        assertEquals(vm.textProperty().get(), stored(Lang.AR).orElseThrow().text(), "approved as typed");
        assertFalse(vm.editableProperty().get());
        assertTrue(vm.mayMove(ConclusionStatus.DRAFT) && vm.mayMove(ConclusionStatus.FINAL));
        assertFalse(vm.mayMove(ConclusionStatus.APPROVED));

        vm.backToDraft();
        assertEquals(ConclusionStatus.DRAFT, stored(Lang.AR).orElseThrow().status());
        assertTrue(vm.editableProperty().get());
        vm.approve();
        vm.makeFinal();
        assertEquals(ConclusionStatus.FINAL, stored(Lang.AR).orElseThrow().status());
        assertEquals("The conclusions in Arabic are now: Final.", vm.noticeProperty().get().text());
        assertFalse(vm.noticeProperty().get().warning());
        for (ConclusionStatus to : ConclusionStatus.values()) {
            assertFalse(vm.mayMove(to), "final never changes: " + to);
        }
    }

    @Test
    void aRefusalNamesThePersonAndKeepsWhatWasTyped() {
        vm.languageProperty().set(Lang.AR);
        vm.textProperty().set(NAMED);
        vm.saveText();
        MeetingNotice refused = vm.noticeProperty().get();
        assertTrue(refused.warning());
        assertTrue(refused.text().contains("this text names: Karim Tazi."), refused.text());
        assertEquals(NAMED, vm.textProperty().get(), "the editor keeps the text");
        assertEquals(Optional.empty(), stored(Lang.AR), "nothing was saved");

        int before = vm.notes().size();
        vm.noteTextProperty().set(NAMED);
        assertTrue(vm.canAddNoteProperty().get(), "a session is chosen for a new note");
        vm.addNote();
        assertTrue(vm.noticeProperty().get().text().contains("Karim Tazi"), vm.noticeProperty().get().text());
        assertEquals(NAMED, vm.noteTextProperty().get());
        assertEquals(before, vm.notes().size());
    }

    @Test
    void textTypedInOneLanguageIsKeptWhileAnotherIsShown() {
        vm.languageProperty().set(Lang.AR);
        vm.textProperty().set("\u0645\u0633\u0648\u062f\u0629");
        vm.languageProperty().set(Lang.FR);
        assertEquals(stored(Lang.FR).orElseThrow().text(), vm.textProperty().get());
        vm.languageProperty().set(Lang.AR);
        assertEquals("\u0645\u0633\u0648\u062f\u0629", vm.textProperty().get());
        assertTrue(vm.canSaveProperty().get(), "still unsaved");
    }

    @Test
    void notesAreAddedAndEditedWithoutASpeaker() {
        int before = vm.notes().size();
        assertTrue(before > 0, "the sample has notes");
        assertTrue(vm.sessions().stream().noneMatch(s -> s.label().contains("Coffee")), "no notes for breaks");
        vm.noteSessionProperty().set(vm.sessions().get(1));
        vm.noteTextProperty().set("Participants stressed the value of shared risk analysis.");
        vm.addNote();
        assertEquals(before + 1, vm.notes().size());
        assertEquals("The note was added.", vm.noticeProperty().get().text());
        assertEquals("", vm.noteTextProperty().get(), "the editor is ready for the next note");
        // notes are listed in the order they were written; the desk's clock may stand before the sample's
        NoteRow added = vm.notes().stream().filter(n -> n.text().equals(
                "Participants stressed the value of shared risk analysis.")).findFirst().orElseThrow();
        assertTrue(vm.sessions().get(1).label().endsWith(added.session()), added.session());
        assertTrue(vm.sessions().get(1).label().contains(added.when().substring(added.when().indexOf('\n') + 1)),
                added.when());

        vm.selectedNoteProperty().set(added);
        assertEquals(added.text(), vm.noteTextProperty().get());
        assertFalse(vm.canSaveNoteProperty().get(), "unchanged");
        vm.noteTextProperty().set("Participants stressed the value of shared risk analysis and training.");
        vm.saveNote();
        SessionNote saved = desk.conclusions().notes(sample.id()).stream()
                .filter(n -> n.meta().id().equals(added.note().meta().id())).findFirst().orElseThrow();
        assertEquals("Participants stressed the value of shared risk analysis and training.", saved.text());
        assertEquals(before + 1, vm.notes().size());
    }
}
