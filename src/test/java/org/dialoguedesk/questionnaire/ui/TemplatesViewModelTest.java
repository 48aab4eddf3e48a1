package org.dialoguedesk.questionnaire.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.app.UiTestDesks;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.questionnaire.Choice;
import org.dialoguedesk.questionnaire.Question;
import org.dialoguedesk.questionnaire.QuestionType;
import org.dialoguedesk.questionnaire.QuestionnaireTemplateService;
import org.dialoguedesk.questionnaire.TemplateVersion;
import org.dialoguedesk.questionnaire.VersionStatus;
import org.dialoguedesk.ui.FakeDialogService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.SameThreadJobRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template builder's view model on the sample desk: no window, jobs on the calling thread. */
class TemplatesViewModelTest {

    @TempDir
    Path dir;
    Desk desk;
    QuestionnaireTemplateService service;
    FakeDialogService dialogs = new FakeDialogService();
    TemplatesViewModel vm;

    @BeforeEach
    void open() {
        desk = UiTestDesks.withSampleData(dir);
        service = desk.questionnaireTemplates();
        vm = new TemplatesViewModel(service, desk.xlsForms(), new SameThreadJobRunner(e -> {
            throw new AssertionError(e);
        }), dialogs, new I18n(Lang.EN));
        vm.activate();
    }

    @AfterEach
    void close() {
        vm.deactivate();
        desk.close();
    }

    private TemplateVersion shown() {
        return vm.selectedVersionProperty().get();
    }

    private TemplateVersion stored() {
        return service.version(shown().meta().id()).orElseThrow();
    }

    /** The sample's frozen version 1 copied into draft version 2, which is then shown. */
    private void newDraft() {
        vm.onNewVersion();
        assertEquals(2, shown().number());
    }

    private QuestionFormModel editQuestion(int section, int question) {
        vm.selectedPositionProperty().set(new OutlinePosition(section, question));
        vm.onEdit();
        return dialogs.lastForm(QuestionFormModel.class);
    }

    @Test
    void showsTheSampleTemplateWithItsFrozenVersionReadOnly() {
        assertEquals(1, vm.templates().size());
        assertEquals("imap_irregular_mixed_migration", vm.selectedTemplateProperty().get().key());
        assertEquals(1, vm.versions().size());
        assertEquals(VersionStatus.FROZEN, shown().status());
        assertTrue(vm.frozenProperty().get());
        assertFalse(vm.editableProperty().get());
        assertEquals(7 + 52, vm.outline().size(), "a row per section and per question");
        assertEquals("1. General background", vm.outline().get(0).text());
        assertEquals("1.1 Main laws governing entry, stay and exit of foreigners *", vm.outline().get(1).text());
        assertEquals("q_bg_02 · Year", vm.outline().get(2).detail());

        vm.selectedPositionProperty().set(new OutlinePosition(0, 1));
        vm.onEdit();
        vm.onAddQuestion();
        vm.onAddSection();
        vm.onDelete();
        vm.onMoveDown();
        assertEquals(List.of(), dialogs.forms, "a frozen version opens no form");
        assertFalse(vm.canMove(1).get());
        assertEquals(1, service.versions(shown().templateId()).size(), "nothing was saved");
    }

    @Test
    void newVersionFromAFrozenVersionIsAnEditableDraftWithTheSameCodes() {
        TemplateVersion frozen = shown();
        newDraft();
        assertEquals(VersionStatus.DRAFT, shown().status());
        assertTrue(vm.editableProperty().get());
        assertFalse(vm.frozenProperty().get());
        assertEquals(2, vm.versions().size());
        assertEquals(frozen.questions().stream().map(Question::code).toList(),
                shown().questions().stream().map(Question::code).toList());
        assertEquals("Version 2 is a new draft, copied from version 1. Edit it here.", vm.noticeProperty().get());
    }

    @Test
    void editingAQuestionSavesTheDraftAndLeavesTheFrozenVersionAlone() {
        TemplateVersion frozen = shown();
        newDraft();
        long revision = shown().meta().revision();
        QuestionFormModel form = editQuestion(0, 1);
        assertEquals("q_bg_02", form.codeProperty().get());
        form.label().in(Lang.EN).set("Year of the latest reform of the law on foreigners");
        form.label().in(Lang.AR).set("سنة أحدث تعديل لقانون الأجانب");
        form.requiredProperty().set(true);
        form.submit();

        assertTrue(form.doneProperty().get(), "the form closes");
        Question saved = stored().question("q_bg_02").orElseThrow();
        assertEquals(new Localized("Year of the latest reform of the law on foreigners",
                frozen.question("q_bg_02").orElseThrow().label().fr(), "سنة أحدث تعديل لقانون الأجانب"), saved.label());
        assertTrue(saved.required());
        assertEquals(revision + 1, stored().meta().revision(), "saved once, through the version's revision");
        assertEquals(frozen, service.version(frozen.meta().id()).orElseThrow(), "the frozen version is unchanged");
        assertEquals(new OutlinePosition(0, 1), vm.selectedPositionProperty().get(), "the edited question stays chosen");
        assertEquals("1.2 Year of the latest reform of the law on foreigners *", vm.outline().get(2).text());
        assertEquals("Draft version 2 saved.", vm.noticeProperty().get());
    }

    @Test
    void problemsOfTheQuestionAppearUnderItsFieldsAndNothingIsSaved() {
        newDraft();
        TemplateVersion before = stored();
        QuestionFormModel form = editQuestion(0, 1);
        form.codeProperty().set("Bad Code");
        form.label().in(Lang.EN).set("");
        form.submit();
        assertFalse(form.doneProperty().get());
        assertTrue(form.errors().of("code").get().startsWith("\u201CBad Code\u201D is not a valid code"),
                form.errors().of("code").get());
        assertEquals("Question Bad Code needs an English label.", form.errors().of("label").get());

        form.codeProperty().set("q_bg_01");
        form.label().in(Lang.EN).set("Year of the last reform");
        form.submit();
        assertEquals("The code q_bg_01 is used twice in this version: each code must be unique.",
                form.errors().of("code").get(), "the duplicate is shown on this form, though the first use is elsewhere");

        form.codeProperty().set("q_bg_02");
        form.typeProperty().set(QuestionType.SINGLE_CHOICE);
        form.submit();
        assertEquals("Question q_bg_02 is a choice question: give it at least one choice.",
                form.errors().of("choices").get());
        assertEquals(before, stored(), "nothing was saved");
    }

    @Test
    void aQuestionKeepsOnlyThePartsItsTypeUses() {
        newDraft();
        QuestionFormModel form = editQuestion(0, 6);
        assertEquals(QuestionType.DECIMAL, form.typeProperty().get());
        form.typeProperty().set(QuestionType.TABLE);
        OptionListModel.Row land = form.rows().add();
        land.codeProperty().set("land");
        land.label().in(Lang.EN).set("Land borders");
        land.label().in(Lang.AR).set("الحدود البرية");
        OptionListModel.Row sea = form.rows().add();
        sea.codeProperty().set("sea");
        sea.label().in(Lang.EN).set("Sea borders");
        form.rows().move(sea, -1);
        form.rows().add();
        OptionListModel.Row year = form.columns().add();
        year.codeProperty().set("y2024");
        year.label().in(Lang.EN).set("2024");
        form.submit();
        assertTrue(form.doneProperty().get(), form.errors().of("general").get());

        Question table = stored().questions().get(6);
        assertEquals(QuestionType.TABLE, table.type());
        assertEquals("", table.unit(), "a table has no unit");
        assertEquals(List.of("sea", "land"), table.rows().stream().map(Choice::code).toList(),
                "moved, and the blank line left out");
        assertEquals("الحدود البرية", table.rows().get(1).label().ar());
        assertEquals(List.of("y2024"), table.columns().stream().map(Choice::code).toList());
    }

    @Test
    void addingAQuestionPutsItAfterTheChosenOne() {
        newDraft();
        vm.selectedPositionProperty().set(new OutlinePosition(1, 0));
        vm.onAddQuestion();
        QuestionFormModel form = dialogs.lastForm(QuestionFormModel.class);
        assertEquals("Add a question to \u201CDetection\u201D", form.title());
        form.codeProperty().set("q_detect_10");
        form.typeProperty().set(QuestionType.INTEGER);
        form.label().in(Lang.EN).set("Number of border posts");
        form.submit();
        assertTrue(form.doneProperty().get());
        assertEquals("q_detect_10", stored().sections().get(1).questions().get(1).code());
        assertEquals(new OutlinePosition(1, 1), vm.selectedPositionProperty().get());
        assertEquals(53, shown().questions().size());
    }

    @Test
    void sectionsAreAddedRenamedAndRefusedUnderTheirFields() {
        newDraft();
        vm.selectedPositionProperty().set(OutlinePosition.ofSection(0));
        vm.onAddSection();
        SectionFormModel add = dialogs.lastForm(SectionFormModel.class);
        add.codeProperty().set("detection");
        add.titleText().in(Lang.EN).set("Data sources");
        add.submit();
        assertEquals("The code detection is used twice in this version: each code must be unique.",
                add.errors().of("code").get());
        add.codeProperty().set("data_sources");
        add.submit();
        assertTrue(add.doneProperty().get());
        assertEquals("data_sources", stored().sections().get(1).code());

        vm.onEdit();
        SectionFormModel edit = dialogs.lastForm(SectionFormModel.class);
        edit.titleText().in(Lang.EN).set("");
        edit.submit();
        assertEquals("Section data_sources needs an English title.", edit.errors().of("title").get());
        edit.titleText().in(Lang.EN).set("Sources of data");
        edit.titleText().in(Lang.FR).set("Sources des données");
        edit.submit();
        assertEquals(new Localized("Sources of data", "Sources des données", ""), stored().sections().get(1).title());
    }

    @Test
    void movingAndDeletingSaveAtOnceAndFollowTheChosenItem() {
        newDraft();
        vm.selectedPositionProperty().set(new OutlinePosition(0, 0));
        assertFalse(vm.canMove(-1).get());
        assertTrue(vm.canMove(1).get());
        vm.onMoveDown();
        assertEquals(List.of("q_bg_02", "q_bg_01"), stored().sections().get(0).questions().subList(0, 2).stream()
                .map(Question::code).toList());
        assertEquals(new OutlinePosition(0, 1), vm.selectedPositionProperty().get());

        vm.selectedPositionProperty().set(OutlinePosition.ofSection(6));
        vm.onMoveUp();
        assertEquals("others", stored().sections().get(5).code());

        dialogs.confirmAnswer = false;
        vm.selectedPositionProperty().set(new OutlinePosition(0, 0));
        vm.onDelete();
        assertEquals(52, stored().questions().size(), "not confirmed: nothing deleted");
        dialogs.confirmAnswer = true;
        vm.onDelete();
        assertEquals(51, stored().questions().size());
        assertEquals("q_bg_01", stored().questions().get(0).code());
        assertEquals(new OutlinePosition(0, 0), vm.selectedPositionProperty().get());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void theLastSectionCannotBeDeleted() {
        vm.onNewTemplate();
        TemplateFormModel form = dialogs.lastForm(TemplateFormModel.class);
        form.keyProperty().set("rabat_meeting_feedback");
        form.titleText().in(Lang.EN).set("Meeting feedback");
        form.sectionCodeProperty().set("general");
        form.sectionTitle().in(Lang.EN).set("General");
        form.submit();
        vm.selectedPositionProperty().set(OutlinePosition.ofSection(0));
        vm.onDelete();
        assertEquals(List.of("The template has no sections: add at least one section."), dialogs.errors);
        assertEquals(1, stored().sections().size());
    }

    @Test
    void aNewTemplateNeedsAFreeKeyAndStartsAsDraftVersionOne() {
        vm.onNewTemplate();
        TemplateFormModel form = dialogs.lastForm(TemplateFormModel.class);
        form.keyProperty().set("imap_irregular_mixed_migration");
        form.titleText().in(Lang.EN).set("Return and reintegration");
        form.sectionCodeProperty().set("Return");
        form.submit();
        assertFalse(form.doneProperty().get());
        assertTrue(form.errors().of("key").get().startsWith("A template with the key imap_irregular_mixed_migration"));

        form.keyProperty().set("return_reintegration");
        form.submit();
        assertTrue(form.errors().of("sectionCode").get().contains("is not a valid code"));
        assertEquals("Section Return needs an English title.", form.errors().of("sectionTitle").get());
        form.sectionCodeProperty().set("return");
        form.sectionTitle().in(Lang.EN).set("Return");
        form.submit();

        assertTrue(form.doneProperty().get());
        assertEquals(2, vm.templates().size());
        assertEquals("return_reintegration", vm.selectedTemplateProperty().get().key());
        assertEquals(1, shown().number());
        assertTrue(vm.editableProperty().get());
        assertEquals(1, vm.outline().size());
    }

    @Test
    void exportThenImportBecomesTheTemplatesNextVersionAfterTheReport() throws Exception {
        dialogs.saveAnswer = dir.resolve("sample");
        vm.onExport();
        Path written = dir.resolve("sample.xlsx");
        assertEquals("imap_irregular_mixed_migration-v1.xlsx", dialogs.suggestedName);
        assertTrue(Files.size(written) > 0);
        assertEquals("Wrote version 1 of \u201CCountry profile questionnaire: irregular and mixed migration\u201D to "
                + written + ".", vm.noticeProperty().get());

        dialogs.openAnswer = written;
        vm.onImport();
        XlsFormImportFormModel report = dialogs.lastForm(XlsFormImportFormModel.class);
        assertEquals("Import sample.xlsx", report.title());
        assertEquals("The file becomes version 2 of the template imap_irregular_mixed_migration \u201CCountry profile "
                + "questionnaire: irregular and mixed migration\u201D: 7 sections, 52 questions.", report.summary());
        assertEquals(List.of(new XlsFormImportFormModel.NoteRow("settings", "H2",
                "version \u201C1\u201D not kept: Dialogue Desk numbers template versions itself.")), report.notes());
        assertEquals(1, service.versions(shown().templateId()).size(), "nothing saved before Import");

        report.submit();
        assertTrue(report.doneProperty().get());
        assertEquals(2, vm.versions().size());
        assertEquals(2, shown().number());
        assertEquals(VersionStatus.DRAFT, shown().status());
        assertEquals("Imported as version 2, a draft.", vm.noticeProperty().get());
    }

    @Test
    void aFileThatIsNotAnXlsFormIsRefusedWithItsReasonAndChangesNothing() throws Exception {
        Path text = dir.resolve("notes.xlsx");
        Files.writeString(text, "not a workbook");
        dialogs.openAnswer = text;
        vm.onImport();
        assertEquals(List.of(), dialogs.forms);
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("notes.xlsx is not an Excel workbook"), dialogs.errors.get(0));
        assertEquals(1, service.templates().size());
    }

    @Test
    void thePreviewStartsInTheWindowsLanguage() {
        assertEquals(Lang.EN, vm.previewLanguageProperty().get());
        TemplatesViewModel arabic = new TemplatesViewModel(service, desk.xlsForms(), new SameThreadJobRunner(e -> {
            throw new AssertionError(e);
        }), dialogs, new I18n(Lang.AR));
        assertEquals(Lang.AR, arabic.previewLanguageProperty().get());
        assertNull(arabic.selectedVersionProperty().get(), "nothing is read before the screen is shown");
    }
}
