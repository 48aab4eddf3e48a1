package org.dialoguedesk.questionnaire.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormLayout;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.LocalizedFields;
import org.dialoguedesk.ui.Paragraph;

/** The template form: key (new templates only), title and description, and a new template's first section. */
final class TemplateFormView {

    private TemplateFormView() {
    }

    static Node of(TemplateFormModel model, I18n i18n) {
        FormErrors errors = model.errors();
        FormLayout form = new FormLayout();
        if (model.isNew()) {
            TextField key = new TextField();
            key.setId("template-key");
            key.setMaxWidth(280);
            key.setPromptText(i18n.get("questionnaire.ui.template.key.prompt"));
            key.textProperty().bindBidirectional(model.keyProperty());
            form.field(i18n.get("questionnaire.ui.template.key"), key, errors.of("key"));
        }
        LocalizedFields.lines(form, i18n, i18n.get("questionnaire.ui.template.title"), "template-title",
                model.titleText(), errors.of("title"));
        LocalizedFields.areas(form, i18n, i18n.get("questionnaire.ui.template.description"), "template-description",
                model.description(), null);
        if (model.isNew()) {
            Label first = new Label(i18n.get("questionnaire.ui.template.firstSection"));
            first.getStyleClass().add("section-title");
            form.wide(first);
            TextField code = new TextField();
            code.setId("template-section-code");
            code.setMaxWidth(220);
            code.setPromptText(i18n.get("questionnaire.ui.section.code.prompt"));
            code.textProperty().bindBidirectional(model.sectionCodeProperty());
            form.field(i18n.get("questionnaire.ui.section.code"), code, errors.of("sectionCode"));
            LocalizedFields.lines(form, i18n, i18n.get("questionnaire.ui.section.title"), "template-section-title",
                    model.sectionTitle(), errors.of("sectionTitle"));
        }
        Paragraph general = FormLayout.problemText(errors.of(FormErrors.GENERAL));
        general.setId("template-form-error");
        form.wide(general);
        ScrollPane scroll = new ScrollPane(form.node());
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        scroll.setPrefViewportWidth(620);
        scroll.getStyleClass().add("form-scroll");
        return scroll;
    }
}
