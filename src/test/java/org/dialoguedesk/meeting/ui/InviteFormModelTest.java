package org.dialoguedesk.meeting.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.app.UiTestDesks;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.meeting.InvitationGroup;
import org.dialoguedesk.meeting.InvitationPreview;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.MeetingStatus;
import org.dialoguedesk.meeting.MeetingType;
import org.dialoguedesk.meeting.Participant;
import org.dialoguedesk.meeting.ParticipantRole;
import org.dialoguedesk.ui.FakeDialogService;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The invite form on the sample desk, for a Rabat Process workshop of March 2025 nobody is invited to
 * yet, opened from the meetings screen as the Participants tab's button does.
 */
class InviteFormModelTest {

    @TempDir
    Path dir;
    private Desk desk;
    private Meeting workshop;
    private final FakeDialogService dialogs = new FakeDialogService();

    @BeforeEach
    void open() {
        desk = UiTestDesks.withSampleData(dir);
        workshop = desk.meetings().createMeeting(new Meeting(null, desk.roster().dialogueByKey("RABAT").orElseThrow()
                .meta().id(), MeetingType.WORKSHOP, new Localized("Rabat workshop 2025", "Atelier de Rabat 2025",
                "ورشة الرباط 2025"), "", "MAR", Localized.of("Rabat"), null, LocalDate.of(2025, 3, 10),
                LocalDate.of(2025, 3, 11), List.of("ESP", "MAR"), Set.of(Lang.EN, Lang.FR, Lang.AR), Set.of(), 80,
                MeetingStatus.PLANNED, false));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private MeetingsViewModel screen(Lang lang) {
        MeetingsViewModel vm = TestMeetingsModels.of(desk, dialogs, new I18n(lang));
        vm.activate();
        vm.selectedProperty().set(vm.meetings().stream().filter(r -> r.meeting().id().equals(workshop.id()))
                .findFirst().orElseThrow());
        return vm;
    }

    private static List<String> lines(InviteFormModel form) {
        return form.preview().stream().map(InvitationPreview.Entry::line).toList();
    }

    @Test
    void theFormPreviewsThePartnerStatesAndInvitesThemWhole() {
        MeetingsViewModel vm = screen(Lang.EN);
        vm.inviteFromRoster();
        InviteFormModel form = dialogs.lastForm(InviteFormModel.class);
        assertEquals("Invite from the roster: Rabat workshop 2025", form.title());
        assertTrue(lines(form).contains("Morocco (Partner state): Mohamed Benali (head of delegation), Karim Lahlou"),
                lines(form).toString());
        assertTrue(lines(form).contains("Benin (Partner state): nobody in the roster"));
        assertTrue(form.summaryProperty().get().startsWith("Not saved yet: "), form.summaryProperty().get());
        assertTrue(form.submittableProperty().get());

        form.seatsProperty().set(1);
        assertTrue(lines(form).contains("Morocco (Partner state): Mohamed Benali (head of delegation)"));
        form.groupProperty(InvitationGroup.EXPERTS).set(true);
        assertTrue(lines(form).stream().anyMatch(l -> l.startsWith("ICMPD \u2014 International Centre for Migration "
                + "Policy Development (Expert): ")), lines(form).toString());
        long expected = form.preview().stream().filter(e -> !e.line().contains("nobody")).count();

        form.submit();
        assertTrue(form.doneProperty().get());
        List<Participant> invited = desk.meetings().participants(workshop.id());
        assertTrue(invited.size() >= expected && expected > 5, invited.size() + " for " + expected);
        assertTrue(invited.stream().anyMatch(p -> p.name().equals("Mohamed Benali")
                && p.role() == ParticipantRole.HEAD_OF_DELEGATION));
        assertEquals(invited.size(), vm.participants().size(), "the screen read its participants again");
        assertEquals("", vm.noticeProperty().get());
    }

    @Test
    void noGroupChosenSaysSoAndTheInviteButtonStaysOff() {
        MeetingsViewModel vm = screen(Lang.FR);
        vm.inviteFromRoster();
        InviteFormModel form = dialogs.lastForm(InviteFormModel.class);
        form.groupProperty(InvitationGroup.STATES).set(false);
        assertEquals(List.of(), form.preview());
        assertFalse(form.submittableProperty().get());
        assertTrue(form.errors().of("groups").get().startsWith("Choisissez au moins un groupe"),
                form.errors().of("groups").get());
        form.submit();
        assertFalse(form.doneProperty().get());
        assertEquals(0, desk.meetings().participants(workshop.id()).size());
        form.groupProperty(InvitationGroup.OBSERVERS).set(true);
        assertEquals("", form.errors().of("groups").get());
        assertEquals("", form.errors().of(FormErrors.GENERAL).get());
        assertTrue(lines(form).contains("Algérie (Observateur) : Nadia Boukhari (chef de délégation)"),
                lines(form).toString());
        assertTrue(lines(form).contains("UNICEF \u2014 Fonds des Nations unies pour l'enfance (Observateur) : personne dans "
                + "l\u2019annuaire"), lines(form).toString());
    }

    @Test
    void aPlanOvertakenBeforeInvitingIsRefusedInTheFormAndNothingIsSaved() {
        MeetingsViewModel vm = screen(Lang.AR);
        vm.inviteFromRoster();
        InviteFormModel form = dialogs.lastForm(InviteFormModel.class);
        assertTrue(lines(form).stream().anyMatch(l -> l.startsWith("المغرب")), lines(form).toString());
        desk.meetings().saveParticipant(new Participant(null, workshop.id(), null, "Karim Tazi", "", 
                org.dialoguedesk.meeting.Gender.MALE, org.dialoguedesk.meeting.Delegation.ofCountry("MAR"),
                org.dialoguedesk.meeting.ParticipantCategory.PARTNER_STATE, ParticipantRole.HEAD_OF_DELEGATION,
                org.dialoguedesk.meeting.ParticipantStatus.CONFIRMED, Lang.FR, true, false, null));
        form.submit();
        assertFalse(form.doneProperty().get());
        assertTrue(form.errors().of(FormErrors.GENERAL).get().contains("Karim Tazi"),
                form.errors().of(FormErrors.GENERAL).get());
        assertEquals(1, desk.meetings().participants(workshop.id()).size());
    }
}
