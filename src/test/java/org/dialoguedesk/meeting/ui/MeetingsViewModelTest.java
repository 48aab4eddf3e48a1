package org.dialoguedesk.meeting.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.app.UiTestDesks;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.meeting.ChecklistKind;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.MeetingStatus;
import org.dialoguedesk.meeting.ParticipantStatus;
import org.dialoguedesk.meeting.ui.MeetingRows.ChecklistRow;
import org.dialoguedesk.meeting.ui.MeetingRows.Fact;
import org.dialoguedesk.meeting.ui.MeetingRows.MeetingRow;
import org.dialoguedesk.meeting.ui.MeetingRows.ParticipantRow;
import org.dialoguedesk.ui.FakeDialogService;
import org.dialoguedesk.ui.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The meetings screen's view model on the sample desk (the Rabat Process meeting of July 2019,
 * 85 participants, 80 attended), with the desk's fixed clock at 23 November 2026.
 */
class MeetingsViewModelTest {

    @TempDir
    Path dir;
    Desk desk;
    MeetingsViewModel vm;

    private final FakeDialogService dialogs = new FakeDialogService();

    @BeforeEach
    void open() {
        desk = UiTestDesks.withSampleData(dir);
        vm = model(Lang.EN);
    }

    private MeetingsViewModel model(Lang lang) {
        MeetingsViewModel m = TestMeetingsModels.of(desk, dialogs, new I18n(lang));
        m.activate();
        return m;
    }

    @AfterEach
    void close() {
        vm.deactivate();
        desk.close();
    }

    private String fact(String label) {
        return vm.facts().stream().filter(f -> f.label().equals(label)).map(Fact::value).findFirst().orElseThrow();
    }

    @Test
    void theSampleMeetingIsListedAndChosenWithItsFactsAndAgendaInTheWindowsLanguage() {
        assertEquals(1, vm.meetings().size());
        MeetingRow row = vm.meetings().get(0);
        assertEquals(row, vm.selectedProperty().get(), "the only meeting is shown at once");
        assertTrue(row.title().startsWith("Cooperation between Countries of Origin"), row.title());
        assertEquals("Madrid", row.city());
        assertEquals("Thematic meeting", row.type());
        assertEquals("Spain, Morocco", fact("Co-chairs"));
        assertEquals("Spain", fact("Host country"));
        assertEquals("100 seats", fact("Capacity"));
        assertEquals("Opening ceremony", vm.sessions().get(0).title());
        assertEquals("09:30\u201310:30", vm.sessions().get(0).time());

        MeetingsViewModel arabic = model(Lang.AR);
        assertEquals("\u0627\u0644\u062c\u0644\u0633\u0629 \u0627\u0644\u0627\u0641\u062a\u062a\u0627\u062d\u064a\u0629",
                arabic.sessions().get(0).title());
        assertTrue(arabic.meetings().get(0).title().startsWith("\u0627\u0644\u062a\u0639\u0627\u0648\u0646"));
        arabic.deactivate();
    }

    @Test
    void participantsAreCountedAndNarrowedByStatus() {
        assertEquals(85, vm.participants().size());
        assertEquals("80 attended of 85", vm.countProperty().get());
        vm.statusFilterProperty().set(ParticipantStatus.DECLINED);
        assertEquals(3, vm.participants().size());
        assertTrue(vm.participants().stream().allMatch(r -> r.status().equals("Declined")));
        assertEquals("3 shown of 85 \u00b7 80 attended", vm.countProperty().get());
        vm.statusFilterProperty().set(ParticipantStatus.NO_SHOW);
        assertEquals(2, vm.participants().size());
        assertTrue(vm.participants().stream().anyMatch(r -> r.visa().equals("Letter pending")),
                "the Congolese no-show waits for a visa letter");
    }

    @Test
    void aStatusChangeIsSavedAndCounted() {
        vm.statusFilterProperty().set(ParticipantStatus.NO_SHOW);
        ParticipantRow noShow = vm.participants().get(0);
        vm.changeStatus(noShow, ParticipantStatus.ATTENDED);
        assertEquals(1, vm.participants().size(), "the filter still applies after the reload");
        assertEquals("1 shown of 85 \u00b7 81 attended", vm.countProperty().get());
        assertEquals(ParticipantStatus.ATTENDED, desk.meetings().participants(noShow.participant().meetingId())
                .stream().filter(p -> p.id().equals(noShow.participant().id())).findFirst().orElseThrow().status());
        assertEquals("", vm.noticeProperty().get(), "no other meeting overlaps 2019's");
    }

    @Test
    void aRefusedStatusChangeIsShownWithTheServicesReason() {
        Meeting m = vm.meetings().get(0).meeting();
        desk.meetings().updateMeeting(new Meeting(m.meta(), m.dialogueId(), m.type(), m.title(), m.thematicArea(),
                m.hostCountry(), m.city(), m.venue(), m.startDate(), m.endDate(), m.coChairs(),
                EnumSet.of(Lang.EN, Lang.FR), EnumSet.of(Lang.EN, Lang.FR), m.capacity(), m.status(), m.sample()));
        vm.selectedProperty().set(null);
        vm.selectedProperty().set(vm.meetings().get(0));
        ParticipantRow tazi = vm.participants().stream().filter(r -> r.name().equals("Karim Tazi")).findFirst()
                .orElseThrow();
        vm.changeStatus(tazi, ParticipantStatus.NO_SHOW);
        assertTrue(vm.noticeProperty().get().endsWith("is not a working language of the meeting."),
                vm.noticeProperty().get());
        assertEquals("80 attended of 85", vm.countProperty().get(), "nothing was saved");
    }

    @Test
    void checklistItemsDueBeforeTodayAreOverdueUntilDone() {
        Meeting sample = vm.meetings().get(0).meeting();
        desk.meetings().createMeeting(new Meeting(null, sample.dialogueId(), sample.type(),
                new Localized("Border management follow-up", "", ""), "", "ESP", sample.city(), Localized.of(""),
                LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 11), List.of(), sample.workingLanguages(),
                sample.booths(), 60, MeetingStatus.PLANNED, false));
        vm.deactivate();
        vm = model(Lang.EN);
        assertEquals("Border management follow-up", vm.meetings().get(0).title(), "newest first");
        assertEquals(List.of(), vm.checklist());
        vm.completeChecklist();
        assertEquals(ChecklistKind.values().length, vm.checklist().size());
        ChecklistRow invitations = row(ChecklistKind.INVITATIONS);
        assertTrue(invitations.overdue(), "due on 15 October 2026, 56 days before the first day");
        assertEquals("Oct 15, 2026", invitations.due());
        assertFalse(row(ChecklistKind.BADGES).overdue(), "due on 7 December");
        vm.markDone(invitations);
        assertFalse(row(ChecklistKind.INVITATIONS).overdue());
        assertEquals("Nov 23, 2026", row(ChecklistKind.INVITATIONS).done());
    }

    private ChecklistRow row(ChecklistKind kind) {
        return vm.checklist().stream().filter(r -> r.item().kind() == kind).findFirst().orElseThrow();
    }
}
