package org.dialoguedesk.profile.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.app.UiTestDesks;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.profile.Access;
import org.dialoguedesk.profile.ProfileKind;
import org.dialoguedesk.profile.SectionStatus;
import org.dialoguedesk.profile.TranslationState;
import org.dialoguedesk.ui.FakeDialogService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.SameThreadJobRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The profiles screen's view model on the sample desk: Morocco, the Central Mediterranean route, and four
 * of its countries with sample figures only (Tunisia, Libya, Niger, Italy).
 */
class ProfilesViewModelTest {

    @TempDir
    Path dir;
    Desk desk;
    FakeDialogService dialogs = new FakeDialogService();
    ProfilesViewModel vm;

    @BeforeEach
    void open() {
        desk = UiTestDesks.withSampleData(dir);
        vm = new ProfilesViewModel(UiTestDesks.profileServices(desk), new SameThreadJobRunner(e -> {
                    throw new AssertionError(e);
                }), dialogs, new I18n(Lang.EN), desk.clock());
        vm.activate();
    }

    @AfterEach
    void close() {
        vm.deactivate();
        desk.close();
    }

    /** The route, or Morocco: the sample's one country profile with full texts. */
    private ProfileRow profile(ProfileKind kind) {
        return vm.profiles().stream().filter(r -> r.profile().kind() == kind && (kind != ProfileKind.COUNTRY
                || r.profile().countryCode().equals("MAR"))).findFirst().orElseThrow();
    }

    private void choose(ProfileKind kind) {
        vm.selectedProfileProperty().set(profile(kind));
    }

    private SectionRow section(String code) {
        return vm.sections().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theSampleProfilesAreListedWithTheirCompletenessPerLanguage() {
        assertEquals(6, vm.profiles().size(), "Morocco, the route and four route countries");
        ProfileRow morocco = profile(ProfileKind.COUNTRY);
        assertTrue(morocco.completeness().matches("EN \\d+ \u00b7 FR \\d+ \u00b7 AR \\d+"), morocco.completeness());
        assertEquals("Country profile", morocco.kind());
        assertTrue(morocco.title().contains("Morocco"), morocco.title());
        vm.kindFilterProperty().set(ProfileKind.ROUTE);
        assertEquals(List.of(ProfileKind.ROUTE), vm.profiles().stream().map(r -> r.profile().kind()).toList());
        assertEquals(ProfileKind.ROUTE, vm.selectedProfileProperty().get().profile().kind());
        vm.kindFilterProperty().set(null);
        vm.dialogueFilterProperty().set("MTM");
        assertEquals(6, vm.profiles().size(), "every sample profile is an MTM one");
        vm.dialogueFilterProperty().set(null);
        vm.statusFilterProperty().set(SectionStatus.DRAFT);
        assertTrue(vm.profiles().stream().allMatch(r -> r.status() == SectionStatus.DRAFT), vm.profiles().toString());
        assertTrue(vm.profiles().stream().anyMatch(r -> "MAR".equals(r.profile().countryCode())),
                "Morocco's profile has a section in draft");
        vm.statusFilterProperty().set(null);
        vm.incompleteFilterProperty().set(Lang.AR);
        assertFalse(vm.profiles().isEmpty());
        assertTrue(vm.profiles().stream().allMatch(r -> r.incompleteIn(Lang.AR)), vm.profiles().toString());
        vm.incompleteFilterProperty().set(null);
        assertEquals(6, vm.profiles().size());
        assertEquals(6, vm.profiles().size());
    }

    @Test
    void theChosenProfileShowsItsSectionsInTemplateOrderWithGapsInWordsAndMarkers() {
        choose(ProfileKind.COUNTRY);
        assertFalse(vm.sections().isEmpty());
        List<Integer> positions = vm.sections().stream().map(s -> s.section().position()).toList();
        assertEquals(positions.stream().sorted().toList(), positions);
        assertTrue(vm.detailsProperty().get().contains("Morocco"), vm.detailsProperty().get());
        assertEquals("No version published yet", vm.latestProperty().get());
        assertTrue(vm.sections().stream().anyMatch(s -> s.state(Lang.AR) != TranslationState.CURRENT
                || s.state(Lang.FR) != TranslationState.CURRENT), "the sample has translation gaps");
        assertEquals("\u26a0 stale", vm.stateText(TranslationState.STALE));
        assertEquals("\u2014 missing", vm.stateText(TranslationState.MISSING));
    }

    @Test
    void aSectionMovesAlongItsWorkflowAndARefusedMoveShowsItsProblem() {
        choose(ProfileKind.COUNTRY);
        SectionRow first = vm.sections().stream().filter(s -> s.section().status() == SectionStatus.DRAFT)
                .findFirst().orElseThrow();
        String code = first.code();
        vm.selectedSectionProperty().set(first);
        vm.actions().onChangeStatus();
        SectionStatusFormModel toReview = (SectionStatusFormModel) dialogs.forms.remove(0);
        assertEquals(List.of(SectionStatus.IN_REVIEW), toReview.choices());
        toReview.submit();
        assertTrue(toReview.doneProperty().get());
        assertEquals(SectionStatus.IN_REVIEW, section(code).section().status());

        vm.selectedSectionProperty().set(section(code));
        vm.actions().onChangeStatus();
        SectionStatusFormModel validate = (SectionStatusFormModel) dialogs.forms.remove(0);
        assertEquals(List.of(SectionStatus.VALIDATED, SectionStatus.DRAFT), validate.choices());
        assertTrue(validate.asksValidator().get());
        validate.byProperty().set(" ");
        validate.submit();
        assertFalse(validate.doneProperty().get(), "validating needs to say by whom");
        assertFalse(validate.errors().of("by").get().isEmpty());
        validate.byProperty().set("UNHCR");
        validate.noteProperty().set("checked against the 2025 figures");
        validate.submit();
        assertTrue(validate.doneProperty().get());
        SectionRow validated = section(code);
        assertEquals(SectionStatus.VALIDATED, validated.section().status());
        assertTrue(vm.validatedText(validated).startsWith("UNHCR, "), vm.validatedText(validated));
        assertEquals("checked against the 2025 figures", validated.section().statusNote());

        vm.selectedSectionProperty().set(validated);
        vm.actions().onChangeStatus();
        SectionStatusFormModel skip = (SectionStatusFormModel) dialogs.forms.remove(0);
        skip.statusProperty().set(SectionStatus.IN_REVIEW);
        skip.submit();
        assertFalse(skip.doneProperty().get());
        assertEquals("A section cannot go from VALIDATED to IN_REVIEW.", skip.errors().of("status").get());
    }

    @Test
    void accessTogglesBetweenPublicAndRestricted() {
        choose(ProfileKind.COUNTRY);
        SectionRow row = vm.sections().get(0);
        Access before = row.section().access();
        vm.selectedSectionProperty().set(row);
        vm.actions().onToggleAccess();
        assertTrue(section(row.code()).section().access() != before);
    }

    @Test
    void publishingMakesVersionOneAndTheDiffAfterAnEditShowsTheChangedSection() {
        choose(ProfileKind.COUNTRY);
        vm.actions().onPublish();
        assertTrue(vm.noticeProperty().get().startsWith("Version 1 of "), vm.noticeProperty().get());
        assertTrue(vm.latestProperty().get().startsWith("Latest published version: 1,"), vm.latestProperty().get());

        SectionRow row = vm.sections().get(0);
        desk.profiles().saveText(vm.profile().orElseThrow().id(), row.code(), Lang.EN,
                desk.profiles().text(vm.profile().orElseThrow().id(), row.code(), Lang.EN).orElseThrow().markdown()
                        + "\nA line added for version 2.");
        vm.actions().onPublish();
        assertTrue(vm.noticeProperty().get().startsWith("Version 2 of "), vm.noticeProperty().get());

        vm.actions().onVersions();
        VersionsFormModel versions = (VersionsFormModel) dialogs.forms.remove(0);
        assertEquals(2, versions.versions().size());
        assertEquals(1, versions.fromProperty().get().number());
        assertEquals(2, versions.toProperty().get().number());
        assertEquals(new DiffLine(DiffLine.Kind.HEADING, row.title() + " (EN)", Lang.EN), versions.lines().get(0));
        assertTrue(versions.lines().stream().anyMatch(l -> l.kind() == DiffLine.Kind.ADDED
                && versions.text(l).equals("+ A line added for version 2.")), versions.lines().toString());
        versions.toProperty().set(versions.fromProperty().get());
        assertTrue(versions.lines().isEmpty());
        assertEquals("Versions 1 and 1 say the same.", versions.summaryProperty().get());
    }

    @Test
    void updatingFromARoundShowsThePlanBeforeApplyingIt() {
        choose(ProfileKind.COUNTRY);
        vm.actions().onUpdateFromRound();
        UpdateFormModel update = (UpdateFormModel) dialogs.forms.remove(0);
        assertEquals("MTM country profiles 2025", update.roundProperty().get().title());
        assertFalse(update.changes().isEmpty(), "the sample round's accepted Moroccan answers change the profile");
        assertTrue(update.changes().stream().anyMatch(l -> l.startsWith("Asylum — Asylum applications lodged, 2024: ")),
                "each line names the section and the indicator in the window language: " + update.changes());
        assertTrue(update.changes().contains("General background, English: the answer to q_bg_01 is inserted"),
                update.changes().toString());
        assertTrue(update.summaryProperty().get().startsWith("Would change "), update.summaryProperty().get());
        assertTrue(update.submittableProperty().get());
        update.submit();
        assertTrue(update.doneProperty().get());
        assertTrue(vm.noticeProperty().get().contains("updated from the round"), vm.noticeProperty().get());

        vm.actions().onUpdateFromRound();
        UpdateFormModel again = (UpdateFormModel) dialogs.forms.remove(0);
        assertTrue(again.summaryProperty().get().startsWith("The profile already says"),
                again.summaryProperty().get());
        assertFalse(again.submittableProperty().get());
    }

    @Test
    void aRouteProfileIsNotUpdatedFromACountrysAnswers() {
        choose(ProfileKind.ROUTE);
        assertFalse(vm.actions().canUpdateFromRound().get());
        vm.actions().onUpdateFromRound();
        UpdateFormModel update = (UpdateFormModel) dialogs.forms.remove(0);
        assertEquals("Only a country profile is updated from a country's answers.",
                update.errors().of("round").get().isEmpty() ? update.errors().of("general").get()
                        : update.errors().of("round").get());
        assertFalse(update.submittableProperty().get());
    }

    @Test
    void editingTheSourceTextMakesItsTranslationsStaleAndSavingOneMakesItCurrent() {
        choose(ProfileKind.COUNTRY);
        vm.selectedSectionProperty().set(section("detection"));
        vm.actions().onEditText();
        SectionTextFormModel form = dialogs.lastForm(SectionTextFormModel.class);
        assertEquals(org.dialoguedesk.common.Lang.EN, form.langProperty().get());
        assertEquals("The source text: translations follow it.", form.stateProperty().get());
        assertTrue(form.textProperty().get().contains("Sample text for demonstration"), "the English text is loaded");
        form.textProperty().set(form.textProperty().get() + "\nA sentence the secretariat added.\n");
        form.submit();
        assertTrue(form.doneProperty().get());
        SectionRow after = section("detection");
        assertEquals(org.dialoguedesk.profile.TranslationState.STALE, after.states().get(org.dialoguedesk.common.Lang.FR));
        assertEquals(org.dialoguedesk.profile.SectionStatus.DRAFT, after.section().status(),
                "a validated section whose text changes goes back to draft");

        vm.selectedSectionProperty().set(after);
        vm.actions().onEditText();
        SectionTextFormModel french = dialogs.lastForm(SectionTextFormModel.class);
        french.langProperty().set(org.dialoguedesk.common.Lang.FR);
        assertTrue(french.stateProperty().get().startsWith("\u26A0 The English text changed"),
                french.stateProperty().get());
        french.textProperty().set(french.textProperty().get() + "\nUne phrase ajoutée par le secrétariat.\n");
        french.submit();
        assertEquals(org.dialoguedesk.profile.TranslationState.CURRENT,
                section("detection").states().get(org.dialoguedesk.common.Lang.FR));
    }

    @Test
    void aRouteComparesItsCountriesAndInsertsTheTableIntoASectionAfterShowingTheChange() {
        choose(ProfileKind.COUNTRY);
        assertFalse(vm.actions().canCompareCountries().get(), "a country profile has no route countries");
        choose(ProfileKind.ROUTE);
        assertTrue(vm.actions().canCompareCountries().get());
        vm.actions().onCompareCountries();
        RouteComparisonFormModel compare = dialogs.lastForm(RouteComparisonFormModel.class);
        assertEquals(12, compare.columns().size());
        assertEquals(List.of("Guinea", "C\u00f4te d\u2019Ivoire"), compare.columns().subList(0, 2));
        assertEquals("Italy", compare.columns().get(11));
        assertEquals("4 of 12 countries have a country profile; " + compare.rows().size() + " indicators.",
                compare.summaryProperty().get());
        ComparisonRow asylum = compare.rows().stream().filter(r -> r.code().equals("asylum_applications"))
                .findFirst().orElseThrow();
        assertEquals("no profile", asylum.cells().get(0));
        assertEquals("\u2014", asylum.cells().get(8), "Libya's profile has no asylum figure");
        assertEquals("158,600 (2024)", asylum.cells().get(11));
        assertTrue(asylum.citations().get(11).contains("answer of Italy"), asylum.citations().get(11));

        compare.langProperty().set(Lang.AR);
        assertEquals("\u0625\u064a\u0637\u0627\u0644\u064a\u0627", compare.columns().get(11), "Italy in Arabic");
        compare.yearProperty().set(2023);
        ComparisonRow asylum2023 = compare.rows().stream().filter(r -> r.code().equals("asylum_applications"))
                .findFirst().orElseThrow();
        assertEquals("136\u00a0100 (2023)", asylum2023.cells().get(11));

        compare.onInsert();
        ComparisonInsertFormModel insert = dialogs.lastForm(ComparisonInsertFormModel.class);
        insert.sectionProperty().set(insert.sections().stream().filter(s -> s.code().equals("detection"))
                .findFirst().orElseThrow());
        assertEquals(Lang.AR, insert.previewLangProperty().get(), "the table previewed in the language compared in");
        insert.previewLangProperty().set(Lang.EN);
        assertTrue(insert.changes().contains("EN: the table is added at the end of the text."), insert.changes().toString());
        assertTrue(insert.changes().contains("The section is Validated: changing its text sends it back to draft."),
                insert.changes().toString());
        assertTrue(insert.previewProperty().get().startsWith("| Indicator | Unit | Guinea |"),
                insert.previewProperty().get());
        assertTrue(insert.submittableProperty().get());
        insert.submit();
        assertTrue(insert.doneProperty().get());
        assertEquals(SectionStatus.DRAFT, section("detection").section().status());
        assertTrue(vm.noticeProperty().get().startsWith("The comparison was inserted into "), vm.noticeProperty().get());
    }
}
