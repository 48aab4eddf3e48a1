package org.dialoguedesk.questionnaire.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dialoguedesk.common.table.Table;
import org.dialoguedesk.questionnaire.FormImportReport;
import org.dialoguedesk.questionnaire.ImportOutcome;
import org.dialoguedesk.questionnaire.Round;
import org.dialoguedesk.ui.DialogService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * The rounds screen's answer actions: import returned workbooks (chosen or dropped on the screen),
 * and export the chosen round's answers. Reviewing is the {@link AnswerReviewModel} of the chosen
 * country.
 */
public final class RoundAnswerActions {

    private final RoundAnswerServices services;
    private final JobRunner jobs;
    private final DialogService dialogs;
    private final I18n i18n;
    private final RoundsViewModel vm;

    RoundAnswerActions(RoundAnswerServices services, JobRunner jobs, DialogService dialogs, I18n i18n,
                       RoundsViewModel vm) {
        this.services = services;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.vm = vm;
    }

    private List<DialogService.FileType> workbooks() {
        return List.of(new DialogService.FileType(i18n.get("questionnaire.ui.import.fileType"), List.of("xlsx")));
    }

    /** Import returned forms…: any number of workbooks, each finds its own round and country. */
    public void onImportForms() {
        List<Path> files = dialogs.openFiles(i18n.get("questionnaire.ui.import.choose"), workbooks());
        if (!files.isEmpty()) {
            importFiles(files);
        }
    }

    /** Files dropped on the screen, or chosen: checked first, then imported from the dialog. */
    public void importFiles(List<Path> files) {
        vm.setNotice("");
        dialogs.showForm(new FormImportFormModel(services.formImport(), jobs, i18n, files, this::imported));
    }

    /** Whether a dropped file looks like a workbook; anything else is left to the import's own message. */
    public static boolean isWorkbook(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    private void imported(List<FormImportReport> reports) {
        long stored = reports.stream().filter(r -> r.outcome() == ImportOutcome.IMPORTED).count();
        vm.setNotice(i18n.get("questionnaire.ui.formImport.done", stored, reports.size()));
        vm.reload();
    }

    /** Export answers…: layout, format and language, then where to write the file. */
    public void onExportAnswers() {
        Round round = vm.round().orElse(null);
        if (round == null) {
            return;
        }
        dialogs.showForm(new AnswerExportFormModel(i18n, round.title(), choice -> dialogs.saveFile(
                i18n.get("questionnaire.ui.export.title", round.title()), choice.suggestedName(),
                List.of(new DialogService.FileType(choice.format().name(), List.of(choice.format().extension()))))
                .ifPresent(file -> jobs.run(i18n.get("questionnaire.ui.export.job"), () -> {
                    Table table = services.tables().table(round.id(), choice.layout(), choice.lang());
                    try {
                        services.files().write(table, file, choice.format());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return table.rows().size();
                }, rows -> vm.setNotice(i18n.get("questionnaire.ui.export.done", rows), file.toString()),
                        e -> dialogs.showError(i18n.describe(e))))));
    }
}
