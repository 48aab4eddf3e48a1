package org.dialoguedesk.questionnaire.ui;

import org.dialoguedesk.ui.FxDialogService;
import org.dialoguedesk.ui.I18n;

/** Tells the window's dialogs how to show the template builder's forms (its views stay package-private). */
public final class TemplateForms {

    private TemplateForms() {
    }

    public static void register(FxDialogService dialogs, I18n i18n) {
        dialogs.register(QuestionFormModel.class, m -> QuestionFormView.of(m, i18n));
        dialogs.register(SectionFormModel.class, m -> SectionFormView.of(m, i18n));
        dialogs.register(TemplateFormModel.class, m -> TemplateFormView.of(m, i18n));
        dialogs.register(XlsFormImportFormModel.class, m -> XlsFormImportView.of(m, i18n));
    }
}
