package org.dialoguedesk.profile.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.app.UiTestDesks;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.profile.ProfileKind;
import org.dialoguedesk.ui.FakeDialogService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.SameThreadJobRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sources dialog's model on the sample Moroccan profile: opened from the screen, edited, refused. */
class SourcesFormModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    Desk desk;
    FakeDialogService dialogs = new FakeDialogService();
    ProfilesViewModel vm;
    SourcesFormModel form;

    @BeforeEach
    void open() {
        desk = UiTestDesks.withSampleData(dir);
        vm = new ProfilesViewModel(UiTestDesks.profileServices(desk), new SameThreadJobRunner(e -> {
                    throw new AssertionError(e);
                }), dialogs, new I18n(Lang.EN), desk.clock());
        vm.activate();
        vm.selectedProfileProperty().set(vm.profiles().stream().filter(r -> r.profile().kind() == ProfileKind.COUNTRY
                        && r.profile().countryCode().equals("MAR")).findFirst().orElseThrow());
        vm.actions().onSources();
        form = dialogs.lastForm(SourcesFormModel.class);
    }

    @AfterEach
    void close() {
        vm.deactivate();
        desk.close();
    }

    private SourceRow row(String url) {
        return form.rows().stream().filter(r -> r.url().equals(url)).findFirst().orElseThrow();
    }

    @Test
    void listsEverySourceWithItsRecordedDateAndTheSectionTitlesUsingIt() {
        assertTrue(form.title().startsWith("Sources of \u201C"), form.title());
        assertFalse(form.rows().isEmpty());
        SourceRow review = row("https://www.example.org/mar/annual-review-irregular-migration-2024");
        assertEquals("Annual review of irregular migration, 2024 (Ministry of the Interior)", review.title());
        assertEquals(new I18n(Lang.EN).date(LocalDate.of(2025, 9, 15)), review.accessed());
        assertTrue(review.usedIn().contains("General background"), review.usedIn());
        long unchecked = form.rows().stream().filter(r -> r.source().accessed() == null).count();
        assertEquals("Sources: " + form.rows().size() + " \u00b7 accessed date not recorded: " + unchecked,
                form.summaryProperty().get());
        assertFalse(form.canEdit().get(), "nothing chosen yet");
    }

    @Test
    void savingTheChosenSourceKeepsTheDialogOpenAndAFutureDateShowsUnderItsField() {
        SourceRow ilo = row("https://www.ilo.org");
        form.selectedProperty().set(ilo);
        assertTrue(form.canEdit().get());
        assertEquals(ilo.title(), form.titleProperty().get());
        assertEquals(null, form.accessedProperty().get());

        form.accessedProperty().set(TODAY.plusDays(3));
        form.onSave();
        assertTrue(form.errors().of("accessed").get().contains("after today"), form.errors().of("accessed").get());
        assertEquals(ilo, row("https://www.ilo.org"), "nothing saved");

        form.titleProperty().set("International Labour Organization");
        form.onCheckedToday();
        form.onSave();
        assertEquals("", form.errors().of("accessed").get());
        SourceRow saved = row("https://www.ilo.org");
        assertEquals("International Labour Organization", saved.title());
        assertEquals(TODAY, saved.source().accessed());
        assertEquals(saved, form.selectedProperty().get(), "the saved source stays chosen");
        assertEquals("Saved: \u201CInternational Labour Organization\u201D.", form.noticeProperty().get());
        assertFalse(form.doneProperty().get(), "the dialog stays open for the next source");
        form.submit();
        assertTrue(form.doneProperty().get());
    }
}
