package org.dialoguedesk.questionnaire.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.dialoguedesk.questionnaire.QuestionnaireTemplateService;
import org.dialoguedesk.questionnaire.Template;
import org.dialoguedesk.questionnaire.TemplateVersion;
import org.dialoguedesk.questionnaire.XlsFormException;
import org.dialoguedesk.questionnaire.XlsFormImportResult;
import org.dialoguedesk.questionnaire.XlsFormNote;
import org.dialoguedesk.questionnaire.XlsFormTransfer;
import org.dialoguedesk.ui.DialogService;
import org.dialoguedesk.ui.DialogService.FileType;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * The template screen's XLSForm commands, over the same {@link XlsFormTransfer} as the command line.
 * Import: choose a workbook, check it off the FX thread, show the report, save on the officer's word.
 * Export: choose where, write the version.
 */
final class TemplateTransfer {

    private static final String XLSX = "xlsx";

    /** A checked file, and what it would become. */
    private record Checked(XlsFormImportResult result, Optional<Template> existing, int versionNumber) {
    }

    private final QuestionnaireTemplateService templates;
    private final XlsFormTransfer xlsForms;
    private final JobRunner jobs;
    private final DialogService dialogs;
    private final I18n i18n;

    TemplateTransfer(QuestionnaireTemplateService templates, XlsFormTransfer xlsForms, JobRunner jobs,
                     DialogService dialogs, I18n i18n) {
        this.templates = templates;
        this.xlsForms = xlsForms;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    private List<FileType> types() {
        return List.of(new FileType(i18n.get("questionnaire.ui.xlsform.fileType"), List.of(XLSX)));
    }

    /** @param onImported called with the saved version once the officer has read the report and imported */
    void chooseAndImport(Consumer<TemplateVersion> onImported) {
        dialogs.openFile(i18n.get("questionnaire.ui.xlsform.choose"), types()).ifPresent(file -> {
            String name = file.getFileName().toString();
            jobs.run(i18n.get("questionnaire.ui.job.readXlsForm", name), () -> check(file),
                    checked -> dialogs.showForm(new XlsFormImportFormModel(xlsForms, jobs, i18n, checked.result(),
                            checked.existing(), checked.versionNumber(), onImported)),
                    e -> dialogs.showError(e instanceof XlsFormException x ? refusal(name, x) : i18n.describe(e)));
        });
    }

    /** On the store thread: the file's template, and which template and version number it would become. */
    private Checked check(Path file) {
        XlsFormImportResult result = xlsForms.read(file);
        Optional<Template> existing = templates.templates().stream()
                .filter(t -> t.key().equals(result.draft().key())).findFirst();
        int number = existing.flatMap(t -> templates.latestVersion(t.meta().id()))
                .map(v -> v.number() + 1).orElse(1);
        return new Checked(result, existing, number);
    }

    /** Every reason the file was refused, in the window's language, each with its sheet and cell. */
    private String refusal(String file, XlsFormException refused) {
        return i18n.get("questionnaire.ui.xlsform.refused", file) + "\n"
                + refused.problems().stream().map(n -> place(file, n)).collect(Collectors.joining("\n"));
    }

    private String place(String file, XlsFormNote note) {
        String what = i18n.get(note.messageKey(), note.args().toArray());
        if (note.sheet().isEmpty()) {
            return i18n.get("questionnaire.xlsform.inFile", file, what);
        }
        if (note.cell().isEmpty()) {
            return i18n.get("questionnaire.xlsform.inSheet", file, note.sheet(), what);
        }
        return i18n.get("questionnaire.xlsform.inCell", file, note.sheet(), note.cell(), what);
    }

    /** @param onDone called with what to tell the officer once the file is written */
    void chooseAndExport(Template template, TemplateVersion version, Consumer<String> onDone) {
        String suggested = template.key() + "-v" + version.number() + "." + XLSX;
        dialogs.saveFile(i18n.get("questionnaire.ui.xlsform.saveAs"), suggested, types())
                .map(TemplateTransfer::withExtension).ifPresent(path -> jobs.run(
                        i18n.get("questionnaire.ui.job.exportXlsForm", path.getFileName().toString()), () -> {
                            try {
                                xlsForms.export(version.meta().id(), path);
                                return path;
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }, written -> onDone.accept(i18n.get("questionnaire.ui.xlsform.exported",
                                i18n.text(template.title()), String.valueOf(version.number()), written.toString())),
                        e -> dialogs.showError(e instanceof UncheckedIOException u
                                ? i18n.get("export.error.write", path.toString(), u.getCause().getMessage())
                                : i18n.describe(e))));
    }

    /** Choosers on some systems do not add the extension. */
    static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + XLSX) ? file : file.resolveSibling(name + "." + XLSX);
    }
}
