package org.dialoguedesk.roster.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.app.UiTestDesks;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.roster.DuplicateCandidate;
import org.dialoguedesk.ui.FakeDialogService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.SameThreadJobRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactsViewModelTest {

    @TempDir
    Path dir;
    Desk desk;
    FakeDialogService dialogs = new FakeDialogService();
    ContactsViewModel vm;

    @BeforeEach
    void open() {
        desk = UiTestDesks.withSampleData(dir);
        vm = new ContactsViewModel(desk.contacts(), desk.roster(), desk.contactImport(), desk.contactExport(),
                new SameThreadJobRunner(e -> {
            throw new AssertionError(e);
        }), dialogs, new I18n(Lang.EN), desk.clock());
        vm.activate();
    }

    @AfterEach
    void close() {
        vm.deactivate();
        desk.close();
    }

    @Test
    void searchNarrowsByNameCountryAndEmail() {
        int all = vm.results().size();
        assertTrue(all >= 4);
        vm.queryProperty().set("lahlou");
        vm.search();
        assertEquals(1, vm.results().size());
        assertEquals("Morocco", vm.results().get(0).country());
        vm.queryProperty().set("example.sn");
        vm.search();
        assertEquals("Amina Diallo", vm.results().get(0).contact().name());
        vm.queryProperty().set("Senegal");
        vm.search();
        assertTrue(vm.results().size() < all);
        assertTrue(vm.results().stream().allMatch(r -> r.country().equals("Senegal")));
        assertTrue(vm.results().stream().anyMatch(r -> r.contact().name().equals("Amina Diallo")));
    }

    @Test
    void selectingAContactLoadsItsRoles() {
        vm.queryProperty().set("lahlou");
        vm.search();
        vm.selectedProperty().set(vm.results().get(0));
        assertEquals(1, vm.roles().size());
        assertEquals("MTM", vm.roles().get(0).dialogue());
    }

    @Test
    void invalidEmailIsShownUnderTheEmailField() {
        vm.onAddContact();
        ContactFormModel form = dialogs.lastForm(ContactFormModel.class);
        form.nameProperty().set("Omar Benali");
        form.emailsProperty().set("omar-at-example");
        form.submit();
        assertFalse(form.doneProperty().get());
        assertTrue(form.errors().of("emails").get().contains("is not an email address"));
        assertEquals("", form.errors().of("name").get());
    }

    @Test
    void sameEmailWarnsThenSaveAnywayAddsTheContact() {
        vm.onAddContact();
        ContactFormModel form = dialogs.lastForm(ContactFormModel.class);
        form.nameProperty().set("K. Lahlou");
        form.emailsProperty().set("K.Lahlou@example.gov");
        form.submit();
        assertFalse(form.doneProperty().get());
        assertEquals(1, form.duplicates().size());
        assertEquals(DuplicateCandidate.Reason.SAME_EMAIL, form.duplicates().get(0).reason());
        form.onSaveAnyway();
        assertTrue(form.doneProperty().get());
        assertEquals(2, desk.contacts().search("lahlou").size());
        assertEquals("K. Lahlou", vm.selectedProperty().get().contact().name());
    }

    @Test
    void mergingKeepsTheExistingContactWithTheNewEmail() {
        vm.onAddContact();
        ContactFormModel form = dialogs.lastForm(ContactFormModel.class);
        form.nameProperty().set("Karim LAHLOU");
        form.emailsProperty().set("karim@example.org");
        form.submit();
        assertEquals(DuplicateCandidate.Reason.SIMILAR_NAME, form.duplicates().get(0).reason());
        form.onMerge();
        assertTrue(form.doneProperty().get());
        assertEquals(1, desk.contacts().search("lahlou").size());
        assertTrue(desk.contacts().search("lahlou").get(0).emails().contains("karim@example.org"));
    }

    @Test
    void openExistingShowsThatContactInstead() {
        vm.onAddContact();
        ContactFormModel form = dialogs.lastForm(ContactFormModel.class);
        form.nameProperty().set("Amina Diallo");
        form.submit();
        form.onOpenExisting();
        assertTrue(form.doneProperty().get());
        assertEquals("Amina Diallo", vm.selectedProperty().get().contact().name());
    }

    @Test
    void addAndEndARole() {
        vm.queryProperty().set("diallo");
        vm.search();
        vm.selectedProperty().set(vm.results().get(0));
        vm.onAddRole();
        RoleFormModel form = dialogs.lastForm(RoleFormModel.class);
        form.submit();
        assertEquals("Choose a dialogue.", form.errors().of("dialogue").get());
        form.dialogueProperty().set(form.dialogues().stream().filter(d -> d.key().equals("RABAT")).findFirst()
                .orElseThrow());
        form.fromProperty().set(LocalDate.of(2020, 1, 1));
        form.submit();
        assertTrue(form.doneProperty().get());
        assertEquals(1, vm.roles().size());
        assertEquals("Senegal", vm.roles().get(0).country());

        vm.selectedRoleProperty().set(vm.roles().get(0));
        dialogs.dateAnswer = LocalDate.of(2023, 6, 30);
        vm.onEndRole();
        assertEquals(LocalDate.of(2023, 6, 30), vm.roles().get(0).role().validTo());
    }
}
