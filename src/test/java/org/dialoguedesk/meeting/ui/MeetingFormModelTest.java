package org.dialoguedesk.meeting.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.app.UiTestDesks;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.MeetingStatus;
import org.dialoguedesk.meeting.MeetingType;
import org.dialoguedesk.ui.FakeDialogService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.SameThreadJobRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The meeting form on the sample desk: the Rabat Process meeting in Madrid, 10-11 July 2019. */
class MeetingFormModelTest {

    @TempDir
    Path dir;
    Desk desk;
    I18n i18n = new I18n(Lang.EN);
    MeetingChoices choices;
    Meeting sample;
    AtomicReference<Meeting> saved = new AtomicReference<>();

    @BeforeEach
    void open() {
        desk = UiTestDesks.withSampleData(dir);
        choices = MeetingChoices.read(desk.roster(), i18n);
        sample = desk.meetings().meetings().get(0);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private MeetingFormModel form(Optional<Meeting> editing) {
        return new MeetingFormModel(desk.meetings(), new SameThreadJobRunner(e -> {
            throw new AssertionError(e);
        }), i18n, choices, editing, Optional.empty(), saved::set);
    }

    @Test
    void theEditFormShowsTheSampleMeeting() {
        MeetingFormModel f = form(Optional.of(sample));
        assertEquals("RABAT", f.dialogueProperty().get().key());
        assertEquals(MeetingType.THEMATIC, f.typeProperty().get());
        assertTrue(f.meetingTitle().in(Lang.EN).get().startsWith("Cooperation between Countries of Origin"));
        assertEquals("\u0645\u062f\u0631\u064a\u062f", f.city().in(Lang.AR).get());
        assertEquals("Ministry of the Interior, Madrid", f.venue().in(Lang.EN).get());
        assertEquals("ESP", f.hostProperty().get().code());
        assertEquals(LocalDate.of(2019, 7, 10), f.startProperty().get());
        assertEquals(LocalDate.of(2019, 7, 11), f.endProperty().get());
        assertEquals("ESP", f.firstCoChairProperty().get().code());
        assertEquals("MAR", f.secondCoChairProperty().get().code());
        assertTrue(f.booths().of(Lang.AR).get());
        assertEquals("100", f.capacityProperty().get());
        assertEquals(MeetingStatus.HELD, f.statusProperty().get());
        assertEquals("Edit Cooperation between Countries of Origin, Transit and Destination on Border Management",
                f.title());
    }

    @Test
    void anEndBeforeTheStartIsRefusedOnTheLastDayAndWhatWasTypedStays() {
        MeetingFormModel f = form(Optional.of(sample));
        f.venue().in(Lang.FR).set("Palais des congr\u00e8s");
        f.endProperty().set(LocalDate.of(2019, 7, 9));
        f.submit();
        assertFalse(f.doneProperty().get());
        assertEquals("The meeting cannot end on 2019-07-09, before it starts on 2019-07-10.",
                f.errors().of("endDate").get());
        assertEquals("Palais des congr\u00e8s", f.venue().in(Lang.FR).get());
        assertEquals(LocalDate.of(2019, 7, 9), f.endProperty().get());
        assertEquals(LocalDate.of(2019, 7, 11), desk.meetings().meeting(sample.id()).orElseThrow().endDate(),
                "nothing is saved");
        assertEquals(null, saved.get());
    }

    @Test
    void aCoChairThatIsNotAPartnerStateAndABoothOutsideTheWorkingLanguagesAreRefusedOnTheirFields() {
        MeetingFormModel f = form(Optional.of(sample));
        f.secondCoChairProperty().set(choices.country("JPN").orElseThrow());
        f.workingLanguages().of(Lang.AR).set(false);
        f.capacityProperty().set("a hundred");
        f.submit();
        assertFalse(f.doneProperty().get());
        assertTrue(f.errors().of("coChairs").get().startsWith("JPN cannot co-chair"), f.errors().of("coChairs").get());
        assertEquals("There is a booth into Arabic, which is not a working language of the meeting.",
                f.errors().of("booths").get());
        assertEquals("The capacity must be a number of seats greater than zero.", f.errors().of("capacity").get());
        assertEquals("a hundred", f.capacityProperty().get());
        assertEquals(List.of("ESP", "MAR"), desk.meetings().meeting(sample.id()).orElseThrow().coChairs());
    }

    @Test
    void aGoodEditIsSavedAndTheFormIsDone() {
        MeetingFormModel f = form(Optional.of(sample));
        f.venue().in(Lang.AR).set("\u0642\u0635\u0631 \u0627\u0644\u0645\u0624\u062a\u0645\u0631\u0627\u062a");
        f.capacityProperty().set(" 120 ");
        f.booths().of(Lang.FR).set(false);
        f.submit();
        assertTrue(f.doneProperty().get());
        Meeting stored = desk.meetings().meeting(sample.id()).orElseThrow();
        assertEquals("\u0642\u0635\u0631 \u0627\u0644\u0645\u0624\u062a\u0645\u0631\u0627\u062a", stored.venue().ar());
        assertEquals(120, stored.capacity());
        assertEquals(EnumSet.of(Lang.EN, Lang.AR), stored.booths());
        assertEquals(List.of("ESP", "MAR"), stored.coChairs());
        assertTrue(stored.sample(), "the sample stays marked as sample");
        assertEquals(stored, saved.get());
    }

    @Test
    void aNewMeetingIsCreatedWithTheDialogueProposed() {
        MeetingFormModel f = new MeetingFormModel(desk.meetings(), new SameThreadJobRunner(e -> {
            throw new AssertionError(e);
        }), i18n, choices, Optional.empty(), choices.dialogue(sample.dialogueId()), saved::set);
        assertEquals("RABAT", f.dialogueProperty().get().key());
        assertEquals("New meeting", f.title());
        f.submit();
        assertFalse(f.doneProperty().get());
        assertEquals("The English title is required.", f.errors().of("title").get());
        assertEquals("This is required.", f.errors().of("hostCountry").get());
        assertEquals("This is required.", f.errors().of("dates").get());
        f.meetingTitle().in(Lang.EN).set("Expert meeting on return and readmission");
        f.hostProperty().set(choices.country("SEN").orElseThrow());
        f.city().in(Lang.EN).set("Dakar");
        f.startProperty().set(LocalDate.of(2027, 3, 2));
        f.endProperty().set(LocalDate.of(2027, 3, 3));
        f.capacityProperty().set("60");
        f.submit();
        assertTrue(f.doneProperty().get(), f.errors().of("general").get());
        assertEquals(2, desk.meetings().meetings().size());
        Meeting created = saved.get();
        assertEquals("Dakar", created.city().en());
        assertEquals(MeetingStatus.PLANNED, created.status());
        assertEquals(EnumSet.allOf(Lang.class), created.workingLanguages());
        assertFalse(created.sample());
    }

    @Test
    void aMeetingCreatedFromTheScreenIsListedAndShown() {
        FakeDialogService dialogs = new FakeDialogService();
        MeetingsViewModel vm = TestMeetingsModels.of(desk, dialogs, i18n);
        vm.activate();
        vm.newMeeting();
        MeetingFormModel f = dialogs.lastForm(MeetingFormModel.class);
        assertEquals("RABAT", f.dialogueProperty().get().key(), "the dialogue of the meeting shown is proposed");
        f.meetingTitle().in(Lang.EN).set("Senior officials' meeting");
        f.typeProperty().set(MeetingType.SENIOR_OFFICIALS);
        f.hostProperty().set(choices.country("MAR").orElseThrow());
        f.startProperty().set(LocalDate.of(2027, 5, 4));
        f.endProperty().set(LocalDate.of(2027, 5, 5));
        f.capacityProperty().set("90");
        f.submit();
        assertTrue(f.doneProperty().get(), f.errors().of("general").get());
        assertEquals(2, vm.meetings().size());
        assertEquals("Senior officials' meeting", vm.selectedProperty().get().title(), "the new meeting is shown");
        assertEquals(List.of(), vm.sessions());
        vm.deactivate();
    }
}
