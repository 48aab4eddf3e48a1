package org.dialoguedesk.roster.ui;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.controlsfx.control.SearchableComboBox;
import org.dialoguedesk.roster.DialogueStatus;
import org.dialoguedesk.roster.Organisation;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormLayout;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.LocalizedFields;
import org.dialoguedesk.ui.Paragraph;

/** The new-dialogue and edit-dialogue form; long, so it scrolls inside the dialog. */
public final class DialogueFormView {

    private DialogueFormView() {
    }

    public static Node of(DialogueFormModel model, I18n i18n) {
        FormErrors errors = model.errors();
        FormLayout form = new FormLayout();
        if (model.isNew()) {
            TextField key = new TextField();
            key.setId("dialogue-key");
            key.setMaxWidth(200);
            key.setPromptText(i18n.get("roster.ui.dialogue.key.prompt"));
            key.textProperty().bindBidirectional(model.keyProperty());
            form.field(i18n.get("roster.ui.dialogue.key"), key, errors.of("key"));
        }
        LocalizedFields.lines(form, i18n, i18n.get("roster.ui.dialogue.acronym"), "dialogue-acronym",
                model.acronym(), errors.of("acronym"));
        LocalizedFields.lines(form, i18n, i18n.get("roster.ui.dialogue.name"), "dialogue-name", model.name(),
                errors.of("name"));
        TextField year = new TextField();
        year.setId("dialogue-start-year");
        year.setMaxWidth(100);
        year.textProperty().bindBidirectional(model.startYearProperty());
        form.field(i18n.get("roster.ui.dialogue.startYear"), year, errors.of("startYear"));
        LocalizedFields.areas(form, i18n, i18n.get("roster.ui.dialogue.description"), "dialogue-description",
                model.description(), null);
        TextArea areas = new TextArea();
        areas.setId("dialogue-thematic-areas");
        areas.setPrefRowCount(4);
        areas.setPromptText(i18n.get("roster.ui.dialogue.thematicAreas.prompt"));
        areas.textProperty().bindBidirectional(model.thematicAreasProperty());
        form.field(i18n.get("roster.ui.dialogue.thematicAreas"), areas);
        SearchableComboBox<Organisation> secretariat = new SearchableComboBox<>(model.organisations());
        secretariat.setId("dialogue-secretariat");
        secretariat.setMaxWidth(Double.MAX_VALUE);
        Cells.nameItems(secretariat, o -> o.label(i18n.lang()), i18n.get("roster.ui.dialogue.noSecretariat"));
        secretariat.valueProperty().bindBidirectional(model.secretariatProperty());
        form.field(i18n.get("roster.ui.dialogue.secretariat"), secretariat, errors.of("secretariat"));
        ComboBox<DialogueStatus> status = new ComboBox<>(FXCollections.observableArrayList(DialogueStatus.values()));
        status.setId("dialogue-status");
        Cells.nameItems(status, i18n::name, "");
        status.valueProperty().bindBidirectional(model.statusProperty());
        form.field(i18n.get("roster.ui.dialogue.status"), status, errors.of("status"));
        Paragraph general = FormLayout.problemText(errors.of(FormErrors.GENERAL));
        general.setId("dialogue-form-error");
        form.wide(general);
        ScrollPane scroll = new ScrollPane(form.node());
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(560);
        scroll.setPrefViewportWidth(620);
        scroll.getStyleClass().add("form-scroll");
        return scroll;
    }
}
