package org.dialoguedesk.questionnaire.ui;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormLayout;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.LocalizedFields;
import org.dialoguedesk.ui.Paragraph;

/** The section form: code and title in three languages. */
final class SectionFormView {

    private SectionFormView() {
    }

    static Node of(SectionFormModel model, I18n i18n) {
        TextField code = new TextField();
        code.setId("section-code");
        code.setMaxWidth(220);
        code.setPromptText(i18n.get("questionnaire.ui.section.code.prompt"));
        code.textProperty().bindBidirectional(model.codeProperty());
        FormLayout form = new FormLayout()
                .field(i18n.get("questionnaire.ui.section.code"), code, model.errors().of("code"));
        LocalizedFields.lines(form, i18n, i18n.get("questionnaire.ui.section.title"), "section-title",
                model.titleText(), model.errors().of("title"));
        Paragraph general = FormLayout.problemText(model.errors().of(FormErrors.GENERAL));
        general.setId("section-form-error");
        return form.wide(general).node();
    }
}
