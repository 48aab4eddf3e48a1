package org.dialoguedesk.questionnaire.ui;

import org.dialoguedesk.ui.FxDialogService;
import org.dialoguedesk.ui.I18n;

/** Registers the views of this package's answer forms with the window's dialogs. */
public final class AnswerForms {

    private AnswerForms() {
    }

    public static void register(FxDialogService dialogs, I18n i18n) {
        dialogs.register(FormImportFormModel.class, m -> FormImportView.of(m, i18n));
        dialogs.register(AnswerFormModel.class, m -> AnswerFormView.of(m, i18n));
        dialogs.register(FlagFormModel.class, m -> FlagFormView.of(m, i18n));
        dialogs.register(AnswerExportFormModel.class, m -> AnswerExportView.of(m, i18n));
    }
}
