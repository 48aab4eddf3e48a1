package org.dialoguedesk.profile.ui;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormLayout;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.MarkdownEditor;
import org.dialoguedesk.ui.Paragraph;

/** The section text form: the language, how that text stands, and the Markdown editor with its preview. */
public final class SectionTextView {

    private SectionTextView() {
    }

    public static Node of(SectionTextFormModel model, I18n i18n) {
        ComboBox<Lang> lang = new ComboBox<>(FXCollections.observableArrayList(Lang.values()));
        lang.setId("section-text-lang");
        Cells.nameItems(lang, i18n::name, "");
        lang.valueProperty().bindBidirectional(model.langProperty());
        Paragraph state = new Paragraph();
        state.setId("section-text-state");
        state.getStyleClass().add("screen-subtitle");
        state.textProperty().bind(model.stateProperty());
        Label caption = new Label(i18n.get("profile.ui.text.lang"));
        caption.setLabelFor(lang);
        HBox top = new HBox(8, caption, lang, state);
        HBox.setHgrow(state, Priority.ALWAYS);
        // links in the preview are not opened from a dialog: the editor is for writing
        MarkdownEditor editor = new MarkdownEditor(i18n, url -> { });
        editor.setId("section-text-editor");
        editor.textProperty().bindBidirectional(model.textProperty());
        // Arabic text is written and previewed right to left; the editor's own toggle stays free to change it
        editor.rightToLeftProperty().set(model.langProperty().get() == Lang.AR);
        model.langProperty().addListener((o, was, now) -> editor.rightToLeftProperty().set(now == Lang.AR));
        editor.setPrefSize(980, 540);
        VBox.setVgrow(editor, Priority.ALWAYS);
        return new VBox(8, top, editor, FormLayout.problemText(model.errors().of(FormErrors.GENERAL)));
    }
}
