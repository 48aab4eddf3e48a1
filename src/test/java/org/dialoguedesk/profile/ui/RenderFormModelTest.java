package org.dialoguedesk.profile.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.app.UiTestDesks;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.profile.ProfileBatch;
import org.dialoguedesk.profile.ProfileRenderer.Format;
import org.dialoguedesk.ui.FakeDialogService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.SameThreadJobRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Render… on the profiles screen: what must be chosen, the run with its progress, cancel, refusals. */
class RenderFormModelTest {

    @TempDir
    Path dir;
    Desk desk;
    FakeDialogService dialogs = new FakeDialogService();
    ProfilesViewModel vm;
    Path out;

    @BeforeEach
    void open() {
        desk = UiTestDesks.withSampleData(dir.resolve("desk"));
        vm = new ProfilesViewModel(UiTestDesks.profileServices(desk), new SameThreadJobRunner(e -> {
            throw new AssertionError(e);
        }), dialogs, new I18n(Lang.EN), desk.clock());
        vm.activate();
        out = dir.resolve("out");
    }

    @AfterEach
    void close() {
        vm.deactivate();
        desk.close();
    }

    private RenderFormModel openFor(String key) {
        vm.selectedProfileProperty().set(vm.profiles().stream().filter(r -> r.profile().key().equals(key))
                .findFirst().orElseThrow());
        vm.actions().onRender();
        return dialogs.lastForm(RenderFormModel.class);
    }

    private void only(RenderFormModel form, List<Format> formats, List<Lang> langs) {
        for (Format f : Format.values()) {
            form.formatProperty(f).set(formats.contains(f));
        }
        for (Lang l : Lang.values()) {
            form.langProperty(l).set(langs.contains(l));
        }
    }

    private void chooseFolder(RenderFormModel form) {
        dialogs.folderAnswer = out;
        form.onChooseFolder();
    }

    private List<String> written() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void renderStaysDisabledAndSaysWhatIsMissingUntilAFormatALanguageAndAFolderAreChosen() {
        RenderFormModel form = openFor("mtm-country-MAR");
        assertEquals(List.of("Choose the folder to write the files into."), form.missing());
        assertFalse(form.submittableProperty().get());
        only(form, List.of(), List.of());
        assertEquals(List.of("Choose at least one format.", "Choose at least one language.",
                "Choose the folder to write the files into."), form.missing());
        chooseFolder(form);
        only(form, List.of(Format.PDF), List.of());
        assertEquals(List.of("Choose at least one language."), form.missing());
        assertFalse(form.submittableProperty().get());
        form.submit();
        assertFalse(Files.exists(out), "nothing runs while something is missing");
        form.langProperty(Lang.AR).set(true);
        assertTrue(form.missing().isEmpty());
        assertTrue(form.submittableProperty().get());
    }

    @Test
    void rendersTheChosenProfileInEachFormatAndLanguageWithItsIndexAndSaysEachFileAsItGoes() throws IOException {
        RenderFormModel form = openFor("mtm-country-MAR");
        only(form, List.of(Format.PDF, Format.DOCX), List.of(Lang.EN, Lang.AR));
        chooseFolder(form);
        List<String> steps = new ArrayList<>();
        form.progressTextProperty().subscribe(t -> {
            if (!t.isEmpty()) {
                steps.add(t);
            }
        });
        form.submit();
        assertEquals(List.of("index.csv", "mtm-country-MAR-ar.docx", "mtm-country-MAR-ar.pdf",
                "mtm-country-MAR-en.docx", "mtm-country-MAR-en.pdf"), written());
        // files render on several cores, so which file is said third depends on the run; each is said once,
        // and the count goes 1 to 4
        List<String> said = steps.subList(1, steps.size());
        for (int i = 0; i < said.size(); i++) {
            assertTrue(said.get(i).startsWith((i + 1) + " of 4: "), steps.toString());
        }
        assertEquals(java.util.Set.of("mtm-country-MAR-en.pdf", "mtm-country-MAR-en.docx", "mtm-country-MAR-ar.pdf",
                "mtm-country-MAR-ar.docx"), said.stream().map(t -> t.substring(t.indexOf(": ") + 2))
                .collect(java.util.stream.Collectors.toSet()));
        assertEquals(4, said.size(), steps.toString());
        assertEquals(5, Files.readAllLines(out.resolve(ProfileBatch.INDEX)).size(), "a header and four files");
        assertEquals("4 files written, 0 not written.", form.summaryProperty().get());
        assertEquals(out.resolve("index.csv"), form.indexProperty().get());
        assertEquals(4, form.lines().stream().filter(RenderFormModel.Line::written).count());
        assertFalse(form.runningProperty().get());
        assertTrue(form.submittableProperty().get(), "the dialog stays open and can render again");
        assertFalse(form.doneProperty().get());
    }

    @Test
    void everyProfileOfTheDialogueCoversTheSampleProfilesAndCancelStopsBetweenTwoFiles() throws IOException {
        RenderFormModel form = openFor("mtm-country-MAR");
        form.scopeProperty().set(RenderFormModel.Scope.DIALOGUE);
        int profiles = form.profiles().size();
        assertTrue(profiles >= 6, "the sample MTM profiles: " + profiles);
        assertTrue(form.scopeLabel(RenderFormModel.Scope.DIALOGUE).contains("MTM"),
                form.scopeLabel(RenderFormModel.Scope.DIALOGUE));
        only(form, List.of(Format.PDF), List.of(Lang.EN));
        chooseFolder(form);
        form.progressTextProperty().subscribe(t -> {
            if (t.startsWith("2 of ")) {
                form.onCancel();
            }
        });
        form.submit();
        assertEquals(3, written().size(), "two files and the index: " + written());
        assertEquals("Cancelled after 2 of " + profiles + " files. 2 files written, 0 not written.",
                form.summaryProperty().get());
        assertEquals(out.resolve("index.csv"), form.indexProperty().get(), "the index lists what was written");
        assertFalse(form.runningProperty().get());
        assertFalse(form.stoppingProperty().get());
    }

    @Test
    void aPublicRunOfTheRestrictedRouteProfileListsItsFilesAsNotWrittenWithTheReason() throws IOException {
        RenderFormModel form = openFor("mtm-route-central-med");
        only(form, List.of(Format.PDF, Format.DOCX), List.of(Lang.FR));
        form.publicOnlyProperty().set(true);
        chooseFolder(form);
        form.submit();
        assertEquals(List.of("index.csv"), written());
        assertEquals(List.of(
                new RenderFormModel.Line("mtm-route-central-med-fr-public.pdf", false,
                        "The profile is restricted: it has no public edition."),
                new RenderFormModel.Line("mtm-route-central-med-fr-public.docx", false,
                        "The profile is restricted: it has no public edition.")), form.lines());
        assertEquals("0 files written, 2 not written.", form.summaryProperty().get());
    }
}
