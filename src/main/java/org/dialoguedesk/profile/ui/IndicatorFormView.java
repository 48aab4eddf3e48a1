package org.dialoguedesk.profile.ui;

import javafx.beans.property.StringProperty;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.dialoguedesk.ui.ArabicText;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormLayout;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.LocalizedFields;
import org.dialoguedesk.ui.Paragraph;

/**
 * The indicator figure form: code, label in three languages (Arabic right to left), year, value, unit,
 * source and its web address, the note; each problem under its field. Codes, numbers and addresses
 * read left to right in an Arabic window too.
 */
public final class IndicatorFormView {

    private IndicatorFormView() {
    }

    public static Node of(IndicatorFormModel model, I18n i18n) {
        FormLayout form = new FormLayout();
        String provenance = model.provenance();
        if (!provenance.isEmpty()) {
            Paragraph from = new Paragraph(provenance);
            from.setId("indicator-provenance");
            from.getStyleClass().add("screen-subtitle");
            form.wide(from);
        }
        form.field(i18n.get("profile.ui.indicator.code"), ltr("indicator-code", model.codeProperty(),
                i18n.get("profile.ui.indicator.code.prompt")), model.error("code"));
        LocalizedFields.lines(form, i18n, i18n.get("profile.ui.indicator.label"), "indicator-label", model.label(),
                model.error("label"));
        TextField year = ltr("indicator-year", model.yearProperty(), "");
        year.setPrefColumnCount(6);
        form.field(i18n.get("profile.ui.indicator.year"), year, model.error("year"));
        form.field(i18n.get("profile.ui.indicator.value"), ltr("indicator-value", model.valueProperty(),
                i18n.get("profile.ui.indicator.value.prompt")), model.error("value"));
        form.field(i18n.get("profile.ui.indicator.unit"), field("indicator-unit", model.unitProperty(),
                i18n.get("profile.ui.indicator.unit.prompt")));
        form.field(i18n.get("profile.ui.indicator.source"), field("indicator-source", model.sourceProperty(), ""));
        form.field(i18n.get("profile.ui.indicator.sourceUrl"), ltr("indicator-source-url",
                model.sourceUrlProperty(), "https://"), model.error("sourceUrl"));
        TextArea note = new TextArea();
        note.setId("indicator-note");
        note.setPromptText(i18n.get("profile.ui.indicator.note.prompt"));
        note.setPrefRowCount(3);
        ArabicText.wrapUnlessArabic(note);
        note.textProperty().bindBidirectional(model.noteProperty());
        form.field(i18n.get("profile.ui.indicator.note"), note, model.error(FormErrors.GENERAL));
        return form.node();
    }

    private static TextField field(String id, StringProperty text, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(text);
        return f;
    }

    private static TextField ltr(String id, StringProperty text, String prompt) {
        TextField f = field(id, text, prompt);
        f.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        return f;
    }
}
