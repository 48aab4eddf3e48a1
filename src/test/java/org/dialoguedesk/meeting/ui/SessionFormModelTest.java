package org.dialoguedesk.meeting.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.app.UiTestDesks;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.meeting.AgendaSession;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.SessionKind;
import org.dialoguedesk.meeting.ui.MeetingRows.SessionRow;
import org.dialoguedesk.ui.FakeDialogService;
import org.dialoguedesk.ui.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agenda's session form, opened from the meetings screen on the sample desk (13 sessions over 2 days). */
class SessionFormModelTest {

    @TempDir
    Path dir;
    Desk desk;
    FakeDialogService dialogs = new FakeDialogService();
    MeetingsViewModel vm;
    Meeting meeting;

    @BeforeEach
    void open() {
        desk = UiTestDesks.withSampleData(dir);
        vm = TestMeetingsModels.of(desk, dialogs, new I18n(Lang.EN));
        vm.activate();
        meeting = vm.selectedProperty().get().meeting();
    }

    @AfterEach
    void close() {
        vm.deactivate();
        desk.close();
    }

    private List<AgendaSession> stored() {
        return desk.meetings().sessions(meeting.id());
    }

    private SessionFormModel editFirst() {
        vm.editSession(vm.sessions().get(0));
        return dialogs.lastForm(SessionFormModel.class);
    }

    @Test
    void theEditFormShowsTheOpeningSessionAndOffersTheMeetingsDays() {
        SessionFormModel f = editFirst();
        assertEquals(List.of(LocalDate.of(2019, 7, 10), LocalDate.of(2019, 7, 11)), f.days());
        assertEquals(LocalDate.of(2019, 7, 10), f.dayProperty().get());
        assertEquals("09:30", f.startProperty().get());
        assertEquals("10:30", f.endProperty().get());
        assertEquals(SessionKind.OPENING, f.kindProperty().get());
        assertEquals("Opening ceremony", f.sessionTitle().in(Lang.EN).get());
        assertEquals("Co-chairs: Spain and Morocco", f.chairProperty().get());
        assertTrue(f.speakersProperty().get().startsWith("Minister of the Interior of Spain\n"));
        assertEquals(Lang.EN, f.languageProperty().get());
        assertTrue(f.interpretedProperty().get());
    }

    @Test
    void aTimeThatIsNotATimeAndAnEndBeforeTheStartAreRefusedOnTheirFieldsKeepingWhatWasTyped() {
        SessionFormModel f = editFirst();
        f.startProperty().set("25:00");
        f.sessionTitle().in(Lang.FR).set("Ouverture officielle");
        f.submit();
        assertFalse(f.doneProperty().get());
        assertEquals("25:00 is not a time of day: hours go from 00 to 23 and minutes from 00 to 59.",
                f.errors().of("start").get());
        assertEquals("25:00", f.startProperty().get());
        assertEquals("Ouverture officielle", f.sessionTitle().in(Lang.FR).get());

        f.startProperty().set("11:00");
        f.submit();
        assertFalse(f.doneProperty().get());
        assertEquals("", f.errors().of("start").get());
        assertEquals("The session must end after it starts.", f.errors().of("end").get());
        assertEquals(LocalTime.of(9, 30), stored().get(0).start(), "nothing is saved");
    }

    @Test
    void aGoodEditIsSavedAndTheAgendaReadAgain() {
        SessionFormModel f = editFirst();
        f.startProperty().set("9:45");
        f.speakersProperty().set("Minister of the Interior of Spain\n\n  Director of ICMPD  ");
        f.sessionTitle().in(Lang.FR).set("Ouverture officielle");
        f.submit();
        assertTrue(f.doneProperty().get());
        AgendaSession s = stored().get(0);
        assertEquals(LocalTime.of(9, 45), s.start());
        assertEquals(List.of("Minister of the Interior of Spain", "Director of ICMPD"), s.speakers());
        assertEquals("Ouverture officielle", s.title().fr());
        assertEquals(13, stored().size());
        assertEquals("09:45\u201310:30", vm.sessions().get(0).time());
    }

    @Test
    void aNewSessionGoesOnTheFirstDayAfterTheLastOfTheAgenda() {
        int last = stored().stream().mapToInt(AgendaSession::ordinal).max().orElseThrow();
        vm.addSession();
        SessionFormModel f = dialogs.lastForm(SessionFormModel.class);
        f.dayProperty().set(LocalDate.of(2019, 7, 11));
        f.startProperty().set("18:00");
        f.endProperty().set("19:00");
        f.sessionTitle().in(Lang.EN).set("Reception");
        f.kindProperty().set(SessionKind.BREAK);
        f.submit();
        assertTrue(f.doneProperty().get(), f.errors().of("general").get());
        assertEquals(14, vm.sessions().size());
        AgendaSession added = stored().stream().filter(s -> s.title().en().equals("Reception")).findFirst()
                .orElseThrow();
        assertEquals(last + 1, added.ordinal());
    }

    @Test
    void aSessionIsDeletedOnlyOnceTheOfficerConfirms() {
        SessionRow row = vm.sessions().get(1);
        dialogs.confirmAnswer = false;
        vm.deleteSession(row);
        assertEquals(13, stored().size());
        dialogs.confirmAnswer = true;
        vm.deleteSession(row);
        assertEquals(12, stored().size());
        assertTrue(stored().stream().noneMatch(s -> s.id().equals(row.session().id())));
        assertEquals(12, vm.sessions().size());
    }
}
