package org.dialoguedesk.exchange.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.dialoguedesk.TestBundles;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.bundle.BundleRecord;
import org.dialoguedesk.bundle.Conflict;
import org.dialoguedesk.bundle.ConflictChoice;
import org.dialoguedesk.bundle.RecordKind;
import org.dialoguedesk.bundle.VersionClock;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.exchange.ui.BundlesViewModel.CountRow;
import org.dialoguedesk.exchange.ui.BundlesViewModel.LogRow;
import org.dialoguedesk.exchange.ui.BundlesViewModel.Source;
import org.dialoguedesk.exchange.ui.BundlesViewModel.Step;
import org.dialoguedesk.roster.Contact;
import org.dialoguedesk.roster.Contact.ContactDetails;
import org.dialoguedesk.ui.FakeDialogService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.SameThreadJobRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundles screen's view model importing real bundles between two real database files: a passphrase
 * asked again when wrong, a conflict decided field by field, refusals in the officer's language.
 */
class BundlesViewModelTest {

    @TempDir
    Path dir;
    private final List<Desk> desks = new ArrayList<>();
    private final FakeDialogService dialogs = new FakeDialogService();

    @AfterEach
    void close() {
        desks.forEach(Desk::close);
    }

    private Desk sample(String name) {
        Desk d = TestDesks.withSampleData(dir.resolve(name));
        desks.add(d);
        return d;
    }

    private BundlesViewModel viewModel(Desk desk, Lang lang) {
        BundlesViewModel vm = new BundlesViewModel(desk.bundles().importer(), desk.recordMerge(), () -> "Officer B",
                Clock.offset(desk.clock(), Duration.ofHours(1)), new SameThreadJobRunner(e -> {
                    throw new AssertionError(e);
                }), dialogs, new I18n(lang));
        vm.activate();
        return vm;
    }

    private Path bundle(Desk from, String name, Optional<String> passphrase) throws IOException {
        return TestBundles.exchange(from, dir.resolve(name), passphrase);
    }

    @Test
    void anEncryptedBundleAsksItsPassphraseAgainWhenWrongThenPreviewsAndImportsIntoAnEmptyDesk() throws IOException {
        Desk a = sample("a");
        Desk b = TestDesks.empty(dir.resolve("b"));
        desks.add(b);
        dialogs.openAnswer = bundle(a, "from-a.ddbundle", Optional.of("correct horse battery"));
        BundlesViewModel vm = viewModel(b, Lang.EN);
        assertEquals(List.of(), vm.log());

        vm.onImportBundle();
        assertEquals(Step.PASSPHRASE, vm.stepProperty().get());
        assertEquals("", vm.passphraseProblemProperty().get());
        vm.onPassphrase("not it".toCharArray());
        assertEquals(Step.PASSPHRASE, vm.stepProperty().get(), "a wrong passphrase lets the officer try again");
        assertEquals("The passphrase is wrong for this bundle.", vm.passphraseProblemProperty().get());
        assertEquals(List.of(), b.contacts().all());

        vm.onPassphrase("correct horse battery".toCharArray());
        assertEquals(Step.PREVIEW, vm.stepProperty().get());
        assertEquals(new Source("from-a.ddbundle", "Officer A", "MTM secretariat", "Nov 23, 2026",
                a.recordMerge().installationId(), "all dialogues"), vm.sourceProperty().get());
        int contacts = a.contacts().all().size();
        CountRow row = vm.counts().stream().filter(r -> r.kind().equals("Contacts")).findFirst().orElseThrow();
        assertEquals(new CountRow("Contacts", contacts, 0, 0, 0, 0), row);
        assertEquals(List.of(), vm.conflicts());
        assertTrue(vm.importableProperty().get());
        int all = vm.counts().stream().mapToInt(CountRow::fresh).sum();
        assertEquals("No conflicts. Importing writes " + all + " record(s).", vm.decisionProperty().get());

        vm.onImport();
        assertEquals(Step.START, vm.stepProperty().get());
        assertEquals("Imported from-a.ddbundle: " + all + " record(s) written. The import is in the log below.",
                vm.outcomeProperty().get());
        assertEquals(contacts, b.contacts().all().size());
        assertEquals(1, vm.log().size());
        assertEquals("from-a.ddbundle", vm.log().get(0).file());
        assertEquals("Officer B", vm.log().get(0).officer());
        assertEquals(a.recordMerge().installationId(), vm.log().get(0).source());
        assertEquals("Imported in the window", vm.log().get(0).outcome());
        assertTrue(vm.log().get(0).counts().contains("Contacts: " + contacts + " new"), vm.log().get(0).counts());
        assertFalse(vm.log().get(0).counts().contains("contacts"), "kinds by their names, not the bundle's");
    }

    @Test
    void aConflictIsDecidedFieldByFieldAndImportStaysRefusedUntilEveryFieldHasAChoice() throws IOException {
        Desk a = sample("a");
        Desk b = sample("b");
        b.bundles().importer().open(bundle(a, "start.ddbundle", Optional.empty()), Optional.empty())
                .apply(Map.of(), b.clock().instant(), "Officer B", "applied");
        Contact onA = a.contacts().all().get(0);
        UUID id = onA.id();
        a.contacts().update(onA, edited(onA.details(), "Director of borders (edited on A)", "Met in Rabat.\n"
                + "Follows the route profiles.\nPrefers French.\nAsked for the 2025 questionnaire in Arabic."));
        Contact onB = b.contacts().find(id).orElseThrow();
        b.contacts().update(onB, edited(onB.details(), "Head of unit (edited on B)", "Met in Accra."));
        Path edited = bundle(a, "edited.ddbundle", Optional.empty());

        BundlesViewModel vm = viewModel(b, Lang.EN);
        vm.open(edited);
        assertEquals(Step.PREVIEW, vm.stepProperty().get());
        assertEquals(1, vm.conflicts().size());
        ConflictChoices conflict = vm.conflicts().get(0);
        assertEquals("Contacts \u2014 " + onA.name(), conflict.heading());
        assertFalse(conflict.isDeletion());
        assertEquals(List.of("position", "notes"), conflict.fields().stream().map(FieldChoice::field).toList());
        FieldChoice position = conflict.fields().get(0);
        FieldChoice notes = conflict.fields().get(1);
        assertEquals(List.of("Position", "Notes"), conflict.fields().stream().map(FieldChoice::label).toList(),
                "a contact's fields go by the contact list's names for them");
        assertEquals("Head of unit (edited on B)", position.mine().whole());
        assertEquals("Director of borders (edited on A)", position.theirs().shown());
        assertFalse(position.theirs().shortened());
        assertEquals("Met in Rabat.\nFollows the route profiles.\nPrefers French.", notes.theirs().shown(),
                "a long value is shortened in the list and kept whole for its tooltip");
        assertEquals("\u2026 and 1 more line(s)", notes.theirs().leftOut());
        assertTrue(notes.theirs().whole().endsWith("in Arabic."));
        assertEquals(1, vm.counts().stream().filter(r -> r.kind().equals("Contacts")).findFirst().orElseThrow()
                .conflicts());

        assertFalse(vm.importableProperty().get(), "nothing is decided silently");
        assertEquals(2, vm.undecidedProperty().get());
        vm.onTakeAllTheirs();
        assertTrue(vm.importableProperty().get());
        position.choiceProperty().set(ConflictChoice.LOCAL);
        notes.choiceProperty().set(null);
        assertFalse(vm.importableProperty().get());
        assertEquals("1 record(s) changed on both desks. 1 choice(s) still to make: Import is possible once each "
                + "one is made.", vm.decisionProperty().get());
        vm.onImport();
        assertEquals(Step.PREVIEW, vm.stepProperty().get(), "Import does nothing while a choice is missing");
        assertEquals("Met in Accra.", b.contacts().find(id).orElseThrow().details().notes());

        notes.choiceProperty().set(ConflictChoice.INCOMING);
        assertTrue(vm.importableProperty().get());
        vm.onImport();
        assertEquals(Step.START, vm.stepProperty().get());
        assertEquals("", vm.errorProperty().get());
        ContactDetails merged = b.contacts().find(id).orElseThrow().details();
        assertEquals("Head of unit (edited on B)", merged.position());
        assertTrue(merged.notes().startsWith("Met in Rabat."), merged.notes());
        assertEquals("Imported in the window; 1 conflict(s) resolved field by field", vm.log().get(0).outcome());
        assertEquals("applied", vm.log().get(1).outcome(), "an entry the log kept as text is shown as it is");
        LogRow arabic = viewModel(b, Lang.AR).log().get(0);
        assertTrue(arabic.outcome().startsWith("استُورد في النافذة") && arabic.outcome().endsWith("حقلًا بحقل"),
                arabic.outcome());
        assertTrue(arabic.counts().contains("متعارض") && !arabic.counts().contains("conflict"), arabic.counts());
    }

    @Test
    void aRecordChangedHereAfterThePreviewStopsTheImportInTheOfficersLanguage() throws IOException {
        Desk a = sample("a");
        // an empty desk that took everything from A: only A's edit stands between them
        Desk b = TestDesks.empty(dir.resolve("b"));
        desks.add(b);
        b.bundles().importer().open(bundle(a, "start.ddbundle", Optional.empty()), Optional.empty())
                .apply(Map.of(), b.clock().instant(), "Officer B", "applied");
        Contact onA = a.contacts().all().get(0);
        a.contacts().update(onA, edited(onA.details(), "Director of borders (edited on A)", onA.details().notes()));
        BundlesViewModel vm = viewModel(b, Lang.FR);
        vm.open(bundle(a, "edited.ddbundle", Optional.empty()));
        assertEquals(Step.PREVIEW, vm.stepProperty().get());
        Contact onB = b.contacts().find(onA.id()).orElseThrow();
        b.contacts().update(onB, edited(onB.details(), "Head of unit (edited on B after the preview)",
                onB.details().notes()));

        assertEquals(List.of(), vm.conflicts().stream().map(c -> c.heading() + c.fields().stream().map(FieldChoice::field).toList()).toList());
        vm.onImport();
        assertEquals(Step.START, vm.stepProperty().get());
        assertEquals("Rien n'a été importé de edited.ddbundle : Un enregistrement de ce poste a changé après "
                + "l'aperçu. Ouvrez de nouveau le paquet pour un aperçu à jour.", vm.errorProperty().get());
        assertEquals("Head of unit (edited on B after the preview)",
                b.contacts().find(onA.id()).orElseThrow().details().position());
    }

    private static ContactDetails edited(ContactDetails d, String position, String notes) {
        return new ContactDetails(d.name(), d.nameAr(), d.title(), position, d.organisationId(), d.countryCode(),
                d.emails(), d.phones(), d.languages(), notes, d.consent(), d.publicationConsent());
    }

    @Test
    void aFileThatIsNotABundleOrComesFromThisDeskIsRefusedInTheOfficersLanguage() throws IOException {
        Desk a = sample("a");
        Path text = Files.writeString(dir.resolve("minutes.ddbundle"), "Minutes of the meeting, not a bundle.");
        BundlesViewModel vm = viewModel(a, Lang.FR);
        vm.open(text);
        assertEquals(Step.START, vm.stepProperty().get());
        assertEquals("minutes.ddbundle n'a pas été importé : " + new Messages(Lang.FR).get("bundle.container.notZip"),
                vm.errorProperty().get());
        assertTrue(vm.errorProperty().get().contains("ni un fichier ZIP"));

        BundlesViewModel ar = viewModel(a, Lang.AR);
        ar.open(bundle(a, "own.ddbundle", Optional.empty()));
        assertEquals(Step.START, ar.stepProperty().get());
        assertTrue(ar.errorProperty().get().contains(new Messages(Lang.AR).get("bundle.cli.sameDesk",
                a.recordMerge().installationId())), ar.errorProperty().get());
        assertEquals(List.of(), ar.log());
    }

    @Test
    void aDeletionAgainstAnEditIsOneChoiceForTheWholeRecord() {
        UUID id = UUID.randomUUID();
        BundleRecord deleted = BundleRecord.tombstone(RecordKind.CONTACT, id, VersionClock.of(Map.of("a", 2L)));
        BundleRecord changed = BundleRecord.live(RecordKind.CONTACT, id, Map.of("name", "Amal Haddad",
                "contact_email", List.of(Map.of("id", "e1", "email", "amal@example.org"))),
                VersionClock.of(Map.of("a", 1L, "b", 1L)));
        ConflictChoices choices = new ConflictChoices(Conflict.between(deleted, changed), new I18n(Lang.EN));
        assertTrue(choices.isDeletion());
        assertEquals("Contacts \u2014 Amal Haddad", choices.heading());
        assertEquals(1, choices.fields().size());
        FieldChoice whole = choices.fields().get(0);
        assertEquals("The whole record", whole.label());
        assertEquals("Deleted on this desk", whole.mine().shown());
        assertEquals("Changed on the desk that made the bundle", whole.theirs().shown());
        assertFalse(choices.decided());
        choices.chooseAll(ConflictChoice.LOCAL);
        assertTrue(choices.decided());
        assertTrue(Conflict.between(deleted, changed).resolve(choices.choices(), "b").deleted());
    }

    @Test
    void childRowsReadOneALineWithoutTheirIdsAndALongListShowsItsFirstRows() {
        List<Map<String, Object>> emails = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            emails.add(Map.of("id", UUID.randomUUID().toString(), "email", "officer" + i + "@example.org"));
        }
        FieldChoice.Value value = ConflictChoices.value(emails, new I18n(Lang.EN));
        assertEquals("officer0@example.org\nofficer1@example.org\nofficer2@example.org", value.shown(),
                "a row with one field left reads as its value");
        assertEquals("\u2026 and 2 more line(s)", value.leftOut());
        assertEquals(5, value.whole().lines().count());
        assertTrue(value.shortened());
        assertEquals("(empty)", ConflictChoices.value(null, new I18n(Lang.EN)).shown());
        String longText = "word ".repeat(60);
        FieldChoice.Value cut = ConflictChoices.value(longText, new I18n(Lang.EN));
        assertEquals(ConflictChoices.SHORT_CHARS, cut.shown().length());
        assertTrue(cut.shown().endsWith("\u2026"));
        assertEquals(longText, cut.whole());
    }
}
