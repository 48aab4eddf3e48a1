package org.dialoguedesk.roster.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.dialoguedesk.common.table.Table;
import org.dialoguedesk.roster.ColumnMapping;
import org.dialoguedesk.roster.ContactExport;
import org.dialoguedesk.roster.ContactImport;
import org.dialoguedesk.roster.ImportOptions;
import org.dialoguedesk.roster.ImportResult;
import org.dialoguedesk.roster.RosterService;
import org.dialoguedesk.ui.DialogService;
import org.dialoguedesk.ui.DialogService.FileType;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * The contacts screen's file commands. Import: choose (or drop) a file, read it off the FX thread,
 * choose its columns, read the report, import all or nothing. Export: choose format and dialogue,
 * then where to save. The same {@link ContactImport} and {@link ContactExport} serve the command line.
 */
final class ContactTransfer {

    private static final List<String> IMPORTABLE = List.of("csv", "xlsx");

    private final ContactImport contactImport;
    private final ContactExport contactExport;
    private final RosterService roster;
    private final JobRunner jobs;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Consumer<String> onDone;

    /** @param onDone called with what to tell the officer once contacts were imported or exported */
    ContactTransfer(ContactImport contactImport, ContactExport contactExport, RosterService roster, JobRunner jobs,
                    DialogService dialogs, I18n i18n, Consumer<String> onDone) {
        this.contactImport = contactImport;
        this.contactExport = contactExport;
        this.roster = roster;
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

    void chooseAndExport() {
        jobs.run(i18n.get("roster.ui.job.loadDialogues"), () -> roster.dialogues().stream()
                        .sorted(RosterLookup.dialogueOrder(i18n)).toList(),
                list -> dialogs.showForm(new ExportFormModel(i18n, list, this::export)));
    }

    private void export(ExportFormModel.Choice choice) {
        String ext = ExportFormModel.extension(choice.format());
        FileType type = new FileType(i18n.get("roster.ui.export.fileType", ext), List.of(ext));
        dialogs.saveFile(i18n.get("roster.ui.export.chooseFile"), choice.suggestedName(), List.of(type))
                .map(path -> withExtension(path, ext)).ifPresent(path -> {
                    Optional<UUID> dialogue = Optional.ofNullable(choice.dialogue()).map(d -> d.meta().id());
                    jobs.run(i18n.get("roster.ui.job.export", path.getFileName().toString()), () -> {
                        try {
                            return contactExport.export(path, choice.format(), dialogue);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }, count -> onDone.accept(i18n.get("export.summary", count, path.toString())),
                            e -> dialogs.showError(e instanceof UncheckedIOException u
                                    ? i18n.get("export.error.write", path.toString(), u.getCause().getMessage())
                                    : i18n.describe(e)));
                });
    }

    /** Choosers on some systems do not add the extension: {@code list} becomes {@code list.csv}. */
    static Path withExtension(Path file, String ext) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + ext) ? file : file.resolveSibling(name + "." + ext);
    }
}
