package org.dialoguedesk.ui;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.dialoguedesk.common.Lang;

/** The settings form: officer name and language. */
public final class SettingsView {

    private SettingsView() {
    }

    public static Node of(SettingsFormModel model, I18n i18n) {
        TextField name = new TextField();
        name.setId("officer-name-field");
        name.setPromptText(i18n.get("ui.settings.officer.prompt"));
        name.textProperty().bindBidirectional(model.officerNameProperty());
        ComboBox<Lang> language = new ComboBox<>(FXCollections.observableArrayList(Lang.values()));
        language.setId("language-choice");
        language.valueProperty().bindBidirectional(model.languageProperty());
        language.setCellFactory(l -> new LangCell());
        language.setButtonCell(new LangCell());
        FormLayout form = new FormLayout()
                .field(i18n.get("ui.settings.officer"), name, model.errors().of("officer"))
                .field(i18n.get("ui.settings.language"), language, model.errors().of(FormErrors.GENERAL));
        VBox box = new VBox(12);
        if (model.isFirstStart()) {
            Paragraph intro = new Paragraph(i18n.get("ui.settings.welcome.text"));
            intro.getStyleClass().add("form-intro");
            box.getChildren().add(intro);
        }
        box.getChildren().add(form.node());
        return box;
    }

    /** Each language is named in itself, so an officer who picked the wrong one can find theirs. */
    private static final class LangCell extends ListCell<Lang> {
        @Override
        protected void updateItem(Lang item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : switch (item) {
                case EN -> "English";
                case FR -> "Français";
                case AR -> "العربية";
            });
        }
    }
}
