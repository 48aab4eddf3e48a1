package org.dialoguedesk.profile.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.app.UiTestDesks;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.profile.Indicator;
import org.dialoguedesk.profile.IndicatorChartPlan;
import org.dialoguedesk.profile.ProfileKind;
import org.dialoguedesk.ui.FakeDialogService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.SameThreadJobRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures of a section in the profiles screen: preview, charts, and the figure form on the sample Morocco. */
class IndicatorFormModelTest {

    @TempDir
    Path dir;
    Desk desk;
    FakeDialogService dialogs = new FakeDialogService();
    ProfilesViewModel vm;
    SectionPreviewModel preview;

    @BeforeEach
    void open() {
        desk = UiTestDesks.withSampleData(dir);
        vm = new ProfilesViewModel(UiTestDesks.profileServices(desk), new SameThreadJobRunner(e -> {
                    throw new AssertionError(e);
                }), dialogs, new I18n(Lang.EN), desk.clock());
        vm.activate();
        preview = vm.preview();
        vm.selectedProfileProperty().set(vm.profiles().stream().filter(r -> r.profile().kind() == ProfileKind.COUNTRY
                        && r.profile().countryCode().equals("MAR")).findFirst().orElseThrow());
    }

    @AfterEach
    void close() {
        vm.deactivate();
        desk.close();
    }

    private void chooseSection(String code) {
        vm.selectedSectionProperty().set(vm.sections().stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow());
    }

    private IndicatorFormModel lastForm() {
        return (IndicatorFormModel) dialogs.forms.get(dialogs.forms.size() - 1);
    }

    @Test
    void theChosenSectionShowsItsTextFiguresAndChartsInTheChosenLanguage() {
        chooseSection("detection");
        assertFalse(preview.markdownProperty().get().isBlank());
        assertFalse(preview.indicators().isEmpty());
        assertTrue(preview.charts().stream().anyMatch(c -> c.kind() == IndicatorChartPlan.Kind.LINE));
        preview.langProperty().set(Lang.FR);
        assertTrue(preview.charts().get(0).series().get(0).label().startsWith("D\u00e9tections"),
                preview.charts().get(0).series().get(0).label());
        assertTrue(preview.label(preview.indicators().get(0)).startsWith("D\u00e9tections"));
    }

    @Test
    void problemsShowUnderTheirFieldsAsTheOfficerTypesAndOnSaveWithoutLosingWhatWasTyped() {
        chooseSection("background");
        int before = preview.indicators().size();
        preview.onAdd();
        IndicatorFormModel form = lastForm();
        assertEquals("", form.error("year").get(), "nothing is wrong before the officer types");
        form.yearProperty().set("20x4");
        assertTrue(form.error("year").get().contains("20x4"), form.error("year").get());
        assertEquals("", form.error("code").get(), "an untouched field says nothing yet");
        form.yearProperty().set("1850");
        assertEquals("1850 is not a year from 1900 to 2100.", form.error("year").get());

        form.codeProperty().set("work_permits");
        form.label().in(Lang.EN).set("Work permits issued to foreigners");
        form.label().in(Lang.AR).set("\u062a\u0635\u0627\u0631\u064a\u062d \u0627\u0644\u0639\u0645\u0644");
        form.valueProperty().set("many");
        form.sourceUrlProperty().set("ministry website");
        form.submit();
        assertFalse(form.doneProperty().get());
        assertFalse(form.error("year").get().isEmpty());
        assertTrue(form.error("value").get().contains("many"), form.error("value").get());
        assertTrue(form.error("sourceUrl").get().contains("ministry website"));
        assertEquals("many", form.valueProperty().get(), "what was typed stays");
        assertEquals(before, preview.indicators().size());

        form.yearProperty().set("2024");
        form.valueProperty().set("23 400");
        form.unitProperty().set("permits");
        form.sourceUrlProperty().set("https://www.example.org/permits");
        form.noteProperty().set("first permits only");
        assertTrue(form.errors().isEmpty(), "fixed problems go as the officer types");
        form.submit();
        assertTrue(form.doneProperty().get());
        Indicator saved = preview.indicators().stream().filter(i -> i.code().equals("work_permits")).findFirst()
                .orElseThrow();
        assertEquals("23400", saved.value());
        assertEquals(2024, saved.year());
        assertEquals("first permits only", saved.note());
        assertEquals(saved, preview.selectedIndicatorProperty().get());
        assertTrue(preview.charts().stream().anyMatch(c -> c.unit().equals("permits")));
    }

    @Test
    void editingAFigureKeepsItsProvenanceAndAChangedYearLeavesNoOldFigureBehind() {
        chooseSection("background");
        var profileId = vm.profile().orElseThrow().id();
        desk.profiles().saveIndicator(profileId, "background", new Indicator(null, profileId, 0, "returns_total",
                Localized.of("Returns, total"), 2023, "410", "persons", "MTM questionnaire 2025", "", "",
                "MAR \u00b7 MTM 2025 \u00b7 q_ret_01"));
        preview.load();
        Indicator stored = preview.indicators().stream().filter(i -> i.code().equals("returns_total")).findFirst()
                .orElseThrow();
        preview.selectedIndicatorProperty().set(stored);
        preview.onEdit();
        IndicatorFormModel form = lastForm();
        assertTrue(form.provenance().contains("q_ret_01"), form.provenance());
        assertEquals("410", form.valueProperty().get());
        form.yearProperty().set("2024");
        form.valueProperty().set("455");
        form.submit();
        assertTrue(form.doneProperty().get());
        List<Indicator> returns = preview.indicators().stream().filter(i -> i.code().equals("returns_total")).toList();
        assertEquals(1, returns.size(), "the 2023 figure became the 2024 one");
        assertEquals(2024, returns.get(0).year());
        assertEquals("455", returns.get(0).value());
        assertEquals("MAR \u00b7 MTM 2025 \u00b7 q_ret_01", returns.get(0).provenance());
    }

    @Test
    void deletingAFigureAsksFirstAndTakesItFromTableAndChart() {
        chooseSection("background");
        Indicator first = preview.indicators().get(0);
        int before = preview.indicators().size();
        preview.selectedIndicatorProperty().set(first);
        dialogs.confirmAnswer = false;
        preview.onDelete();
        assertEquals(before, preview.indicators().size());
        dialogs.confirmAnswer = true;
        preview.onDelete();
        assertEquals(before - 1, preview.indicators().size());
        assertFalse(preview.indicators().stream().anyMatch(i -> i.id().equals(first.id())));
        assertFalse(preview.charts().stream().anyMatch(c -> c.series().stream()
                .anyMatch(s -> s.code().equals(first.code()))));
        assertEquals(null, preview.selectedIndicatorProperty().get());
    }
}
