package org.dialoguedesk.roster.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.dialoguedesk.common.table.Table;
import org.dialoguedesk.roster.ColumnMapping;
import org.dialoguedesk.roster.ContactImport;
import org.dialoguedesk.roster.ImportOptions;
import org.dialoguedesk.roster.ImportResult;
import org.dialoguedesk.ui.DialogService;
import org.dialoguedesk.ui.DialogService.FileType;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * The contacts screen's file commands. Import: choose (or drop) a file, read it off the FX thread,
 * choose its columns, read the report, import all or nothing. The same {@link ContactImport} serves the command line.
 */
final class ContactTransfer {

    private static final List<String> IMPORTABLE = List.of("csv", "xlsx");

    private final ContactImport contactImport;
    private final JobRunner jobs;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Consumer<String> onDone;

    /** @param onDone called with what to tell the officer once contacts were imported */
    ContactTransfer(ContactImport contactImport, JobRunner jobs,
                    DialogService dialogs, I18n i18n, Consumer<String> onDone) {
        this.contactImport = contactImport;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.onDone = onDone;
    }

    /** True for the files a drop on the screen imports (.csv, .xlsx). */
    static boolean canImport(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return IMPORTABLE.stream().anyMatch(ext -> name.endsWith("." + ext));
    }

    void chooseAndImport() {
        dialogs.openFile(i18n.get("roster.ui.import.choose"),
                        List.of(new FileType(i18n.get("roster.ui.import.fileType"), IMPORTABLE)))
                .ifPresent(this::importFile);
    }

    /** Reads the file on the job runner, then shows the column step; an unreadable file changes nothing. */
    void importFile(Path file) {
        String source = file.getFileName().toString();
        jobs.run(i18n.get("roster.ui.job.readImport", source), () -> contactImport.read(file), table -> {
            if (table.header().stream().allMatch(String::isBlank)) {
                dialogs.showError(i18n.get("import.file.empty", source));
            } else {
                showMapping(source, table, ColumnMapping.guess(table.header()), ImportOptions.strict());
            }
        }, e -> dialogs.showError(i18n.describe(e)));
    }

    private void showMapping(String source, Table table, ColumnMapping mapping, ImportOptions options) {
        ImportMappingFormModel[] form = new ImportMappingFormModel[1];
        form[0] = new ImportMappingFormModel(contactImport, jobs, i18n, source, table, mapping, options,
                plan -> dialogs.showForm(new ImportReportFormModel(contactImport, jobs, i18n, plan,
                        () -> showMapping(source, table, form[0].mapping(), form[0].options()), this::imported)));
        dialogs.showForm(form[0]);
    }

    private void imported(ImportResult result) {
        onDone.accept(i18n.get("roster.ui.import.done", result.created().size(), result.rolesCreated(),
                result.skipped()));
    }
}
