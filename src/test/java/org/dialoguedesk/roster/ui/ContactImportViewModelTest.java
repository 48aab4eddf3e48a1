package org.dialoguedesk.roster.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.app.UiTestDesks;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.roster.ContactColumn;
import org.dialoguedesk.roster.ContactExport;
import org.dialoguedesk.ui.FakeDialogService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.SameThreadJobRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file commands of the contacts screen, without a window: import (file, columns, report) and export. */
class ContactImportViewModelTest {

    @TempDir
    Path dir;
    Desk desk;
    FakeDialogService dialogs = new FakeDialogService();
    ContactsViewModel vm;
    int before;

    @BeforeEach
    void open() {
        desk = UiTestDesks.withSampleData(dir);
        vm = new ContactsViewModel(desk.contacts(), desk.roster(), desk.contactImport(), desk.contactExport(),
                new SameThreadJobRunner(e -> {
            throw new AssertionError(e);
        }), dialogs, new I18n(Lang.EN), desk.clock());
        vm.activate();
        before = desk.contacts().all().size();
    }

    @AfterEach
    void close() {
        vm.deactivate();
        desk.close();
    }

    private Path file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void goodFileIsMappedCheckedAndImported() throws IOException {
        dialogs.openAnswer = file("list.csv", "Full name,Courriel,Pays\nOmar Benali,o.benali@example.ma,MAR\n"
                + "Fatou Sow,f.sow@example.sn,SEN\n");
        vm.onImport();
        ImportMappingFormModel mapping = dialogs.lastForm(ImportMappingFormModel.class);
        assertEquals("Full name", mapping.fields().get(ContactColumn.NAME.ordinal()).sourceProperty().get().heading());
        assertEquals("Omar Benali", mapping.example(mapping.fields().get(0).sourceProperty().get()));
        assertEquals(-1, mapping.fields().get(ContactColumn.PHONES.ordinal()).sourceProperty().get().index());
        mapping.submit();
        assertTrue(mapping.doneProperty().get());

        ImportReportFormModel report = dialogs.lastForm(ImportReportFormModel.class);
        assertEquals("2 contact(s) to add", report.toAdd());
        assertEquals("", report.blocked());
        assertTrue(report.submittableProperty().get());
        assertEquals(before, desk.contacts().all().size(), "nothing written before Import");
        report.submit();
        assertTrue(report.doneProperty().get());
        assertEquals(before + 2, desk.contacts().all().size());
        assertEquals("2 contact(s) imported with 0 role(s); 0 row(s) skipped.", vm.noticeProperty().get());
    }

    @Test
    void remappingAColumnFixesAFileWhoseNamesWereNotRecognised() throws IOException {
        vm.onFileDropped(file("odd.csv", "Person,Mail\nOmar Benali,o.benali@example.ma\n"));
        ImportMappingFormModel mapping = dialogs.lastForm(ImportMappingFormModel.class);
        mapping.submit();
        ImportReportFormModel report = dialogs.lastForm(ImportReportFormModel.class);
        assertFalse(report.submittableProperty().get());
        assertTrue(report.blocked().startsWith("Nothing will be imported until the file is fixed"));

        report.onBack();
        ImportMappingFormModel again = dialogs.lastForm(ImportMappingFormModel.class);
        again.fields().get(ContactColumn.NAME.ordinal()).sourceProperty().set(again.columns().get(1));
        again.submit();
        ImportReportFormModel fixed = dialogs.lastForm(ImportReportFormModel.class);
        assertTrue(fixed.submittableProperty().get());
        fixed.submit();
        assertEquals(before + 1, desk.contacts().all().size());
    }

    @Test
    void badRowsAreReportedByRowAndColumnAndImportIsRefused() throws IOException {
        dialogs.openAnswer = file("bad.csv", "name,emails,country\nOmar Benali,omar-at-example,MAR\n"
                + ",x@example.org,ZZZ\n");
        vm.onImport();
        dialogs.lastForm(ImportMappingFormModel.class).submit();
        ImportReportFormModel report = dialogs.lastForm(ImportReportFormModel.class);
        assertFalse(report.submittableProperty().get());
        assertTrue(report.issues().stream().anyMatch(r -> r.row().equals("2") && r.column().equals("emails")
                && r.message().contains("is not an email address")), () -> report.issues().toString());
        assertTrue(report.issues().stream().anyMatch(r -> r.row().equals("3") && r.kind().equals("Error")));
        report.submit();
        assertFalse(report.doneProperty().get());
        assertEquals(before, desk.contacts().all().size());
    }

    @Test
    void skippingRowsAlreadyInTheRosterImportsTheRest() throws IOException {
        dialogs.openAnswer = file("again.csv", "name,emails\nKarim Lahlou,k.lahlou@example.gov\n"
                + "Omar Benali,o.benali@example.ma\n");
        vm.onImport();
        ImportMappingFormModel mapping = dialogs.lastForm(ImportMappingFormModel.class);
        mapping.skipExistingProperty().set(true);
        mapping.submit();
        ImportReportFormModel report = dialogs.lastForm(ImportReportFormModel.class);
        assertEquals("1 row(s) skipped", report.skipped());
        report.submit();
        assertEquals(before + 1, desk.contacts().all().size());
    }

    @Test
    void unreadableFileIsAnAlertAndChangesNothing() throws IOException {
        vm.onFileDropped(file("notes.xlsx", "Some notes from the meeting, not a spreadsheet.\n"));
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("notes.xlsx"), dialogs.errors.get(0));
        assertTrue(dialogs.forms.isEmpty());
        assertEquals(before, desk.contacts().all().size());
    }

    @Test
    void exportOfOneDialogueWritesItsContactsWhereTheOfficerChose() throws IOException {
        vm.onExport();
        ExportFormModel form = dialogs.lastForm(ExportFormModel.class);
        assertNull(form.dialogues().get(0), "all contacts come first");
        form.formatProperty().set(ContactExport.Format.CSV);
        form.dialogueProperty().set(form.dialogues().stream().filter(d -> d != null && d.key().equals("MTM"))
                .findFirst().orElseThrow());
        dialogs.saveAnswer = dir.resolve("mtm");
        form.submit();
        assertEquals("contacts-MTM.csv", dialogs.suggestedName);
        Path written = dir.resolve("mtm.csv");
        assertTrue(Files.readString(written).contains("Karim Lahlou"));
        assertFalse(Files.readString(written).contains("Amina Diallo"), "no role in MTM");
        long rows = Files.readAllLines(written).size() - 1;
        assertEquals("Exported " + rows + " contact(s) to " + written + ".", vm.noticeProperty().get());
    }

    @Test
    void onlyCsvAndXlsxFilesAreAcceptedWhenDropped() {
        assertTrue(vm.canImport(Path.of("a/List.CSV")));
        assertTrue(vm.canImport(Path.of("list.xlsx")));
        assertFalse(vm.canImport(Path.of("list.xls")));
        assertFalse(vm.canImport(Path.of("photo.png")));
    }
}
