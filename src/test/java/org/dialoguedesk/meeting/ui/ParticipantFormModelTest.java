package org.dialoguedesk.meeting.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.app.UiTestDesks;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.meeting.Delegation;
import org.dialoguedesk.meeting.Gender;
import org.dialoguedesk.meeting.Logistics;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.MeetingStatus;
import org.dialoguedesk.meeting.Participant;
import org.dialoguedesk.meeting.ParticipantCategory;
import org.dialoguedesk.meeting.ParticipantRole;
import org.dialoguedesk.meeting.ParticipantStatus;
import org.dialoguedesk.ui.FakeDialogService;
import org.dialoguedesk.ui.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The participant form, opened from the meetings screen on the sample desk (85 participants). */
class ParticipantFormModelTest {

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

    private ParticipantFormModel edit(String name) {
        vm.editParticipant(vm.participants().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow());
        return dialogs.lastForm(ParticipantFormModel.class);
    }

    private Participant stored(String name) {
        return desk.meetings().participants(meeting.id()).stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void theEditFormShowsTheParticipantAndTheLogistics() {
        ParticipantFormModel f = edit("Abdoulaye Mabiala");
        assertEquals(Gender.MALE, f.genderProperty().get());
        assertEquals("Republic of the Congo", f.delegationProperty().get().label());
        assertEquals(ParticipantRole.HEAD_OF_DELEGATION, f.roleProperty().get());
        assertEquals(ParticipantStatus.NO_SHOW, f.statusProperty().get());
        assertEquals(Lang.FR, f.languageProperty().get());
        LogisticsFields l = f.logistics();
        assertTrue(l.fundPerDiemProperty().get());
        assertEquals("AF 808", l.arrival().numberProperty().get());
        assertEquals(LocalDate.of(2019, 7, 9), l.arrival().dayProperty().get());
        assertEquals("14:12", l.arrival().timeProperty().get());
        assertEquals("MAD", l.departure().airportProperty().get());
        assertEquals("single", l.roomTypeProperty().get());
        assertEquals("HBM-19-084", l.bookingProperty().get());
        assertEquals("Embassy of Spain in Brazzaville", l.embassyProperty().get());
        assertTrue(l.passportWanted().get(), "the letter is still pending: passport data may be kept");
        assertEquals("Edit Abdoulaye Mabiala", f.title());
    }

    @Test
    void theSamePersonTwiceIsRefusedOnTheNameAndWhatWasTypedStays() {
        vm.addParticipant();
        ParticipantFormModel f = dialogs.lastForm(ParticipantFormModel.class);
        f.nameProperty().set("Marta Garcia");
        f.genderProperty().set(Gender.FEMALE);
        f.delegationProperty().set(f.delegations().stream().filter(d -> d.label().equals("Spain")).findFirst()
                .orElseThrow());
        f.logistics().dietaryProperty().set("Vegetarian");
        f.submit();
        assertFalse(f.doneProperty().get());
        assertEquals("Marta Garc\u00eda of the same delegation is already a participant of this meeting.",
                f.errors().of("name").get());
        assertEquals("Vegetarian", f.logistics().dietaryProperty().get());
        assertEquals(85, desk.meetings().participants(meeting.id()).size());
    }

    @Test
    void aFlightDayWithoutItsTimeIsRefusedOnTheFlight() {
        ParticipantFormModel f = edit("Tunde Bello");
        f.logistics().departure().timeProperty().set("");
        f.logistics().arrival().timeProperty().set("3 pm");
        f.submit();
        assertFalse(f.doneProperty().get());
        assertEquals("Give both the day and the time of the flight, or neither.", f.errors().of("departure").get());
        assertEquals("3 pm is not a time: write times as HH:MM on 24 hours, for example 09:30.",
                f.errors().of("arrival").get());
        assertEquals("IB 846", stored("Tunde Bello").logistics().departure().number());
    }

    @Test
    void aGoodEditIsSavedAndPassportDataIsKeptOnlyWhileTheLetterIsNeeded() {
        ParticipantFormModel f = edit("Abdoulaye Mabiala");
        LogisticsFields l = f.logistics();
        l.passportNumberProperty().set("OB0417532");
        l.nationalityProperty().set(f.countries().stream().filter(c -> c != null && c.code().equals("COG"))
                .findFirst().orElseThrow());
        l.dietaryProperty().set("Halal");
        l.roomTypeProperty().set("double");
        f.statusProperty().set(ParticipantStatus.CONFIRMED);
        f.submit();
        assertTrue(f.doneProperty().get(), f.errors().of("general").get());
        Participant saved = stored("Abdoulaye Mabiala");
        assertEquals("Halal", saved.logistics().dietary());
        assertEquals("double", saved.logistics().hotel().roomType());
        assertEquals(ParticipantStatus.CONFIRMED, saved.status());
        assertEquals("COG", saved.logistics().passport().nationality());
        assertEquals("OB0417532", saved.logistics().passport().number());

        ParticipantFormModel issued = edit("Abdoulaye Mabiala");
        assertEquals("OB0417532", issued.logistics().passportNumberProperty().get());
        issued.logistics().letterIssuedProperty().set(LocalDate.of(2019, 6, 28));
        assertFalse(issued.logistics().passportWanted().get());
        issued.submit();
        assertTrue(issued.doneProperty().get());
        assertNull(stored("Abdoulaye Mabiala").logistics().passport(), "the letter is sent: no passport data kept");
        assertEquals(LocalDate.of(2019, 6, 28), stored("Abdoulaye Mabiala").logistics().visa().letterIssued());
    }

    @Test
    void aBookingIntoAnOverlappingMeetingIsSavedAndShownAsAWarning() {
        UUID contact = desk.contacts().all().get(0).id();
        Meeting other = desk.meetings().createMeeting(new Meeting(null, meeting.dialogueId(), meeting.type(),
                Localized.of("Workshop on document fraud"), "", "ESP", Localized.of("Madrid"), null,
                LocalDate.of(2019, 7, 11), LocalDate.of(2019, 7, 12), List.of(), meeting.workingLanguages(),
                meeting.booths(), 30, MeetingStatus.HELD, false));
        for (Meeting m : List.of(other, meeting)) {
            desk.meetings().saveParticipant(new Participant(null, m.id(), contact, "Ana Ruiz", "", Gender.FEMALE,
                    Delegation.ofCountry("ESP"), ParticipantCategory.PARTNER_STATE, ParticipantRole.DELEGATE,
                    ParticipantStatus.CONFIRMED, Lang.EN, true, false, Logistics.NONE));
        }
        vm.selectedProperty().set(null);
        vm.selectedProperty().set(vm.meetings().stream().filter(r -> r.meeting().id().equals(meeting.id()))
                .findFirst().orElseThrow());
        ParticipantFormModel f = edit("Ana Ruiz");
        f.logistics().accessibilityProperty().set("Wheelchair access");
        f.submit();
        assertTrue(f.doneProperty().get());
        assertEquals("Ana Ruiz is also booked into \u201CWorkshop on document fraud\u201D from 2019-07-11 to "
                + "2019-07-12, on overlapping days.", vm.noticeProperty().get());
        assertEquals("Wheelchair access", stored("Ana Ruiz").logistics().accessibility());
    }
}
