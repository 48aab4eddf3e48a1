package org.dialoguedesk.roster.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.app.UiTestDesks;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.roster.Organisation;
import org.dialoguedesk.roster.OrganisationType;
import org.dialoguedesk.ui.FakeDialogService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.SameThreadJobRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrganisationsViewModelTest {

    @TempDir
    Path dir;
    Desk desk;
    FakeDialogService dialogs = new FakeDialogService();
    OrganisationsViewModel vm;

    @BeforeEach
    void open() {
        desk = UiTestDesks.withSampleData(dir);
        vm = new OrganisationsViewModel(desk.roster(), new SameThreadJobRunner(e -> {
            throw new AssertionError(e);
        }), dialogs, new I18n(Lang.EN));
        vm.activate();
    }

    @AfterEach
    void close() {
        vm.deactivate();
        desk.close();
    }

    private Organisation byKey(String key) {
        return vm.shown().stream().filter(o -> o.refKey().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void filtersByTypeCountryAndTextTogether() {
        int all = vm.shown().size();
        assertTrue(all > 40, "sample organisations: " + all);
        vm.typeFilterProperty().set(OrganisationType.MINISTRY);
        assertTrue(vm.shown().stream().allMatch(o -> o.type() == OrganisationType.MINISTRY));
        Country morocco = vm.filterCountries().stream().filter(c -> c != null && c.code().equals("MAR"))
                .findFirst().orElseThrow();
        vm.countryFilterProperty().set(morocco);
        assertTrue(vm.shown().stream().allMatch(o -> o.countryCode().equals("MAR")));
        assertTrue(vm.shown().stream().anyMatch(o -> o.refKey().equals("MAR_MOI")));
        vm.typeFilterProperty().set(null);
        vm.countryFilterProperty().set(null);
        vm.queryProperty().set("haut commissariat refugies");
        assertEquals("UNHCR", vm.shown().get(0).refKey());
        assertEquals(1, vm.shown().size());
        assertTrue(vm.summaryProperty().get().startsWith("1 of "), vm.summaryProperty().get());
    }

    @Test
    void choosingAnOrganisationShowsItsCountryMembershipsAndContacts() {
        vm.selectedProperty().set(byKey("MAR_MOI"));
        assertEquals("MAR_MOI", vm.detailedProperty().get().refKey());
        assertEquals("Morocco", vm.detailedCountryProperty().get());
        vm.selectedProperty().set(byKey("IOM"));
        assertEquals("", vm.detailedCountryProperty().get());
        assertFalse(vm.memberships().isEmpty(), "IOM takes part in the sample dialogues");
    }

    @Test
    void addingAMinistryWithoutCountryShowsTheProblemThenSavesAndSelectsIt() {
        vm.onAdd();
        OrganisationFormModel form = dialogs.lastForm(OrganisationFormModel.class);
        form.acronymProperty().set("MIC");
        form.name().in(Lang.EN).set("Ministry of Interior and Decentralisation");
        form.name().in(Lang.AR).set("وزارة الداخلية واللامركزية");
        form.typeProperty().set(OrganisationType.MINISTRY);
        form.keyProperty().set("mrt_mid");
        form.submit();
        assertFalse(form.doneProperty().get());
        assertEquals("A ministry or national body needs its country.", form.errors().of("country").get());

        form.countryProperty().set(form.countries().stream().filter(c -> c.code().equals("MRT")).findFirst()
                .orElseThrow());
        form.submit();
        assertTrue(form.doneProperty().get());
        assertEquals("MRT_MID", vm.detailedProperty().get().refKey());
        assertEquals("Mauritania", vm.detailedCountryProperty().get());
        assertTrue(vm.shown().stream().anyMatch(o -> o.refKey().equals("MRT_MID")));
    }

    @Test
    void editingKeepsTheSelectionAndShowsTheNewName() {
        vm.selectedProperty().set(byKey("IOM"));
        vm.onEdit();
        OrganisationFormModel form = dialogs.lastForm(OrganisationFormModel.class);
        assertEquals("IOM", form.keyProperty().get());
        form.name().in(Lang.FR).set("OIM");
        form.submit();
        assertTrue(form.doneProperty().get());
        assertEquals("OIM", vm.detailedProperty().get().name().fr());
        assertEquals("IOM", vm.selectedProperty().get().refKey());
    }
}
