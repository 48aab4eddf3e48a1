package org.dialoguedesk.questionnaire.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.dialoguedesk.questionnaire.ui.RoundFormModel.RecipientChoice;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormLayout;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;

/** The new-round form: problems appear under the field they concern. */
public final class RoundFormView {

    private RoundFormView() {
    }

    public static Node of(RoundFormModel model, I18n i18n) {
        ComboBox<Dialogue> dialogue = new ComboBox<>(model.dialogues());
        dialogue.setId("round-dialogue");
        dialogue.setMaxWidth(Double.MAX_VALUE);
        Cells.nameItems(dialogue, d -> i18n.get("questionnaire.rounds.new.dialogue.label", i18n.text(d.acronym()),
                        i18n.text(d.name())),
                i18n.get("questionnaire.rounds.new.dialogue.choose"));
        dialogue.valueProperty().bindBidirectional(model.dialogueProperty());
        ComboBox<RoundFormModel.VersionChoice> version = new ComboBox<>(model.versions());
        version.setId("round-version");
        version.setMaxWidth(Double.MAX_VALUE);
        Cells.nameItems(version, RoundFormModel.VersionChoice::label, "");
        version.valueProperty().bindBidirectional(model.versionProperty());
        TextField title = new TextField();
        title.setId("round-name");
        title.setPromptText(i18n.get("questionnaire.rounds.new.name.prompt"));
        title.textProperty().bindBidirectional(model.titleProperty());
        DatePicker deadline = new DatePicker();
        deadline.setId("round-deadline");
        deadline.setConverter(i18n.dateConverter());
        deadline.setPromptText(i18n.get("questionnaire.rounds.new.deadline.prompt"));
        deadline.setPrefWidth(240);
        deadline.valueProperty().bindBidirectional(model.deadlineProperty());
        return new FormLayout()
                .field(i18n.get("questionnaire.rounds.new.dialogue"), dialogue, model.errors().of("dialogue"))
                .field(i18n.get("questionnaire.rounds.new.version"), version, model.errors().of("templateVersion"))
                .field(i18n.get("questionnaire.rounds.new.name"), title, model.errors().of("title"))
                .field(i18n.get("questionnaire.rounds.new.deadline"), deadline, model.errors().of("deadline"))
                .field(i18n.get("questionnaire.rounds.new.recipients"), recipients(model, i18n),
                        model.errors().of("recipients"))
                .wide(FormLayout.problemText(model.errors().of(FormErrors.GENERAL)))
                .node();
    }

    /** The checklist of countries, with how many are ticked and buttons to tick all or none. */
    private static Node recipients(RoundFormModel model, I18n i18n) {
        ListView<RecipientChoice> list = new ListView<>(model.recipients());
        list.setId("round-recipients-checklist");
        list.setPrefHeight(220);
        list.setPrefWidth(420);
        list.setCellFactory(l -> new RecipientCell());
        list.setPlaceholder(new Label(i18n.get("questionnaire.rounds.new.recipients.none")));
        Label ticked = new Label();
        ticked.setId("round-recipients-ticked");
        ticked.textProperty().bind(model.tickedSummary());
        Button all = new Button(i18n.get("questionnaire.rounds.new.recipients.all"));
        all.setId("round-tick-all");
        all.getStyleClass().add("flat");
        all.setOnAction(e -> model.tickAll(true));
        Button none = new Button(i18n.get("questionnaire.rounds.new.recipients.clear"));
        none.setId("round-tick-none");
        none.getStyleClass().add("flat");
        none.setOnAction(e -> model.tickAll(false));
        HBox bar = new HBox(8, ticked, all, none);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, list, bar);
        box.setId("round-recipients");
        return box;
    }

    /** A tick box and the country with its focal point, as a paragraph so mixed scripts read in order. */
    private static final class RecipientCell extends ListCell<RecipientChoice> {

        private final CheckBox box = new CheckBox();
        private final Paragraph label = new Paragraph();
        private final HBox row = new HBox(6, box, label);
        private RecipientChoice bound;

        RecipientCell() {
            row.setAlignment(Pos.CENTER_LEFT);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            // a click on the label ticks too, as on a check box's own text
            label.setOnMouseClicked(e -> box.fire());
        }

        @Override
        protected void updateItem(RecipientChoice item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.tickedProperty());
                bound = null;
            }
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            bound = item;
            box.selectedProperty().bindBidirectional(item.tickedProperty());
            label.setText(item.label());
            setText(item.label());
            setGraphic(row);
        }
    }
}
