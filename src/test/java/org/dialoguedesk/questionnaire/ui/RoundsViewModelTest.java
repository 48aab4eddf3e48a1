package org.dialoguedesk.questionnaire.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.app.UiTestDesks;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.questionnaire.RecipientStatus;
import org.dialoguedesk.questionnaire.RoundCompleteness;
import org.dialoguedesk.questionnaire.Completeness;
import org.dialoguedesk.render.sheet.SpreadsheetTableFiles;
import org.dialoguedesk.questionnaire.StatusChange;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.ui.FakeDialogService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.SameThreadJobRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rounds screen's view model on the sample desk (today is 2026-11-23, long after the MTM deadline). */
class RoundsViewModelTest {

    static final String SAMPLE = "MTM country profiles 2025";

    @TempDir
    Path dir;
    Desk desk;
    FakeDialogService dialogs = new FakeDialogService();
    RoundsViewModel vm;

    @BeforeEach
    void open() {
        desk = UiTestDesks.withSampleData(dir);
        vm = viewModel(desk.roundCompleteness());
        vm.activate();
    }

    private RoundsViewModel viewModel(RoundCompleteness completeness) {
        return new RoundsViewModel(new RoundServices(desk.rounds(), desk.questionnaireTemplates(), completeness,
                desk.roundForms(), desk.roundPrints(), desk.roster(), desk.contacts()), new RoundAnswerServices(desk.answers(),
                desk.formImport(), desk.answerTables(), new SpreadsheetTableFiles()), new SameThreadJobRunner(e -> {
                    throw new AssertionError(e);
                }), dialogs, new I18n(Lang.EN), desk.clock());
    }

    @AfterEach
    void close() {
        vm.deactivate();
        desk.close();
    }

    private RoundRecipientRow row(String country) {
        return vm.recipients().stream().filter(r -> r.countryCode().equals(country)).findFirst().orElseThrow();
    }

    @Test
    void theSampleRoundIsChosenWithItsFiguresFromTheSampleStatusChanges() {
        RoundRow sample = vm.selectedRoundProperty().get();
        assertEquals(SAMPLE, sample.round().title());
        assertEquals("MTM", sample.dialogue());
        int total = vm.recipients().size();
        assertTrue(total > 10, "every MTM partner state of January 2025 is a recipient: " + total);
        assertEquals(total, sample.total());
        assertEquals(6, sample.answered());
        // questionnaire-round.csv: MAR and MLT accepted, LBN under review, ITA complete, TUN and GHA
        // partial, EGY and SEN reminded, DZA and NGA sent; the others were never sent
        assertEquals(2, vm.count(RecipientStatus.ACCEPTED));
        assertEquals(1, vm.count(RecipientStatus.UNDER_REVIEW));
        assertEquals(1, vm.count(RecipientStatus.ANSWER_COMPLETE));
        assertEquals(2, vm.count(RecipientStatus.ANSWER_PARTIAL));
        assertEquals(2, vm.count(RecipientStatus.REMINDED));
        assertEquals(2, vm.count(RecipientStatus.SENT));
        assertEquals(total - 10, vm.count(RecipientStatus.NOT_SENT));
        assertEquals(Math.round(600.0 / total) + "%", vm.rateProperty().get());
        assertEquals("6 of " + total + " countries answered", vm.answeredTextProperty().get());
        assertEquals((total - 6) + " overdue", vm.overdueTextProperty().get());
        assertTrue(vm.detailsProperty().get().startsWith("MTM · "), vm.detailsProperty().get());
        assertTrue(vm.detailsProperty().get().endsWith("deadline Mar 31, 2025"), vm.detailsProperty().get());
    }

    @Test
    void countriesWithoutAnAnswerAreOverdueAndAnsweredOnesAreNot() {
        assertTrue(row("EGY").overdue());
        assertTrue(row("DZA").overdue());
        assertFalse(row("TUN").overdue());
        assertFalse(row("MAR").overdue());
        assertEquals("Egypt", row("EGY").country());
        assertEquals(LocalDate.of(2025, 3, 3), row("EGY").since());
    }

    @Test
    void completenessIsADashWhileNoAnswersAreRecorded() {
        vm.deactivate();
        vm = viewModel(roundId -> Map.of());
        vm.activate();
        assertTrue(vm.recipients().stream().allMatch(r -> r.completeness().isEmpty()));
        assertEquals("—", vm.completenessText(row("MAR")));
        assertTrue(vm.completenessUnknown().get());
    }

    @Test
    void completenessShowsWhatTheCoreReportsForACountry() {
        vm.deactivate();
        vm = viewModel(roundId -> Map.of("MAR", new Completeness(52, 40, 15, 12, 0, 0)));
        vm.activate();
        assertEquals("40/52 (77%)", vm.completenessText(row("MAR")));
        assertEquals("—", vm.completenessText(row("EGY")));
        assertFalse(vm.completenessUnknown().get());
    }

    @Test
    void recordingAnAnswerMovesTheCountsAndTheRateAndKeepsTheCountryChosen() {
        int total = vm.recipients().size();
        vm.selectedRecipientProperty().set(row("EGY"));
        assertEquals(RecipientStatus.SENT, vm.history().get(1).status(), "newest first: reminded, then sent");
        assertTrue(vm.actions().canChangeStatus().get());
        vm.actions().onChangeStatus();
        RoundStatusFormModel form = dialogs.lastForm(RoundStatusFormModel.class);
        assertEquals(List.of(RecipientStatus.REMINDED, RecipientStatus.ANSWER_PARTIAL,
                RecipientStatus.ANSWER_COMPLETE), form.choices());
        assertEquals("Reminded, since Mar 3, 2025", form.current());
        assertEquals(LocalDate.of(2026, 11, 23), form.dateProperty().get(), "today by default");

        form.statusProperty().set(RecipientStatus.ANSWER_COMPLETE);
        form.dateProperty().set(LocalDate.of(2025, 3, 1));
        form.submit();
        assertFalse(form.doneProperty().get());
        assertEquals("The date 2025-03-01 is before the last status change (2025-03-03).", form.errors().of("date").get());

        form.dateProperty().set(LocalDate.of(2026, 11, 20));
        form.noteProperty().set("Received by email");
        form.submit();
        assertTrue(form.doneProperty().get());
        assertEquals(2, vm.count(RecipientStatus.ANSWER_COMPLETE));
        assertEquals(1, vm.count(RecipientStatus.REMINDED));
        assertEquals(7, vm.selectedRoundProperty().get().answered());
        assertEquals(Math.round(700.0 / total) + "%", vm.rateProperty().get());
        RoundRecipientRow egypt = vm.selectedRecipientProperty().get();
        assertNotNull(egypt, "Egypt stays chosen");
        assertEquals("EGY", egypt.countryCode());
        assertFalse(egypt.overdue());
        StatusChange newest = vm.history().get(0);
        assertEquals(RecipientStatus.ANSWER_COMPLETE, newest.status());
        assertEquals("Received by email", newest.note());
        assertEquals("Test Officer", newest.officer());
        assertEquals(4, vm.history().size());
    }

    @Test
    void anAcceptedCountryCannotChangeAndASentRoundCannotChangeItsCountries() {
        vm.selectedRecipientProperty().set(row("MAR"));
        assertFalse(vm.actions().canChangeStatus().get());
        assertFalse(vm.actions().canChangeRecipients().get());
        assertFalse(vm.actions().canRemoveRecipient().get());
    }

    private Dialogue dialogue(RoundFormModel form, String key) {
        return form.dialogues().stream().filter(d -> d.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aNewRoundGoesToTheTickedPartnerStatesAndFreezesItsVersion() {
        vm.actions().onNewRound();
        RoundFormModel form = dialogs.lastForm(RoundFormModel.class);
        assertTrue(form.recipients().isEmpty(), "no dialogue chosen yet");
        form.submit();
        assertEquals("Unknown dialogue.", form.errors().of("dialogue").get());
        assertEquals("A round needs a title.", form.errors().of("title").get());
        assertEquals("A round needs a deadline.", form.errors().of("deadline").get());
        assertEquals("A round needs at least one recipient country.", form.errors().of("recipients").get());

        form.dialogueProperty().set(dialogue(form, "MTM"));
        List<String> proposed = desk.rounds().proposedRecipients(dialogue(form, "MTM").meta().id()).stream()
                .map(p -> p.countryCode()).sorted().toList();
        assertEquals(proposed, form.recipients().stream().map(RoundFormModel.RecipientChoice::countryCode).sorted()
                .toList());
        assertTrue(form.recipients().stream().allMatch(r -> r.tickedProperty().get()));
        RoundFormModel.RecipientChoice morocco = form.recipients().stream()
                .filter(r -> r.countryCode().equals("MAR")).findFirst().orElseThrow();
        assertEquals("Morocco — Karim Lahlou", morocco.label());
        morocco.tickedProperty().set(false);
        assertEquals((proposed.size() - 1) + " of " + proposed.size() + " countries ticked",
                form.tickedSummary().get());
        form.titleProperty().set("MTM country profiles 2026");
        form.deadlineProperty().set(LocalDate.of(2027, 3, 31));
        form.submit();
        assertTrue(form.doneProperty().get(), () -> form.errors().of("general").get());

        RoundRow created = vm.selectedRoundProperty().get();
        assertEquals("MTM country profiles 2026", created.round().title());
        assertEquals(proposed.size() - 1, created.total());
        assertTrue(vm.recipients().stream().noneMatch(r -> r.countryCode().equals("MAR")));
        assertEquals(proposed.size() - 1, vm.count(RecipientStatus.NOT_SENT));
        assertTrue(desk.questionnaireTemplates().version(created.round().templateVersionId()).orElseThrow()
                .isFrozen());
        assertTrue(vm.noticeProperty().get().startsWith("Round “MTM country profiles 2026” opened for "
                + (proposed.size() - 1) + " countries."), vm.noticeProperty().get());
    }

    @Test
    void countriesCanBeAddedAndTakenOutUntilTheFirstIsSent() {
        vm.actions().onNewRound();
        RoundFormModel form = dialogs.lastForm(RoundFormModel.class);
        form.dialogueProperty().set(dialogue(form, "MTM"));
        form.tickAll(false);
        form.recipients().stream().filter(r -> r.countryCode().equals("MAR")).findFirst().orElseThrow()
                .tickedProperty().set(true);
        form.titleProperty().set("Pilot");
        form.deadlineProperty().set(LocalDate.of(2027, 1, 31));
        form.submit();
        assertTrue(form.doneProperty().get());
        assertTrue(vm.actions().canChangeRecipients().get());

        vm.actions().onAddRecipient();
        RoundRecipientFormModel add = dialogs.lastForm(RoundRecipientFormModel.class);
        assertTrue(add.countries().stream().noneMatch(c -> c.code().equals("MAR")), "already a recipient");
        add.submit();
        assertEquals("Choose a country.", add.errors().of("country").get());
        add.countryProperty().set(add.countries().stream().filter(c -> c.code().equals("TUN")).findFirst()
                .orElseThrow());
        add.submit();
        assertTrue(add.doneProperty().get());
        assertEquals(List.of("MAR", "TUN"), vm.recipients().stream().map(RoundRecipientRow::countryCode).toList());

        vm.selectedRecipientProperty().set(row("MAR"));
        assertTrue(vm.actions().canRemoveRecipient().get());
        vm.actions().onRemoveRecipient();
        assertEquals(List.of("TUN"), vm.recipients().stream().map(RoundRecipientRow::countryCode).toList());

        vm.selectedRecipientProperty().set(row("TUN"));
        vm.actions().onChangeStatus();
        RoundStatusFormModel send = dialogs.lastForm(RoundStatusFormModel.class);
        assertEquals(List.of(RecipientStatus.SENT), send.choices());
        send.submit();
        assertTrue(send.doneProperty().get());
        assertFalse(vm.actions().canChangeRecipients().get(), "sent: the countries are fixed");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
    }

    @Test
    void generateFormsWritesOneWorkbookPerRecipientIntoTheChosenFolder() throws Exception {
        Path folder = dir.resolve("forms");
        dialogs.folderAnswer = folder;
        vm.actions().onGenerateForms();
        int total = vm.recipients().size();
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(total, files.filter(f -> f.toString().endsWith(".xlsx")).count());
        }
        assertTrue(Files.exists(folder.resolve("mtm-country-profiles-2025-MAR-ar.xlsx"))
                || Files.exists(folder.resolve("mtm-country-profiles-2025-MAR-en.xlsx")));
        assertEquals(total + " forms written to the folder", vm.noticeProperty().get());
        assertEquals(folder.toString(), vm.noticeFolderProperty().get());
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void printQuestionnairesWritesOneWordDocumentPerRecipientInItsFormLanguage() throws Exception {
        Path folder = dir.resolve("print");
        dialogs.folderAnswer = folder;
        vm.actions().onPrintForms();
        int total = vm.recipients().size();
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(total, files.filter(f -> f.toString().endsWith(".docx")).count());
        }
        assertTrue(Files.size(folder.resolve("mtm-country-profiles-2025-MAR-ar.docx")) > 5_000);
        assertEquals(total + " printable questionnaires (.docx) written to the folder", vm.noticeProperty().get());
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void cancellingTheFolderWritesNothing() {
        dialogs.folderAnswer = null;
        vm.actions().onGenerateForms();
        assertEquals("", vm.noticeProperty().get());
        assertTrue(dialogs.errors.isEmpty());
    }
}
