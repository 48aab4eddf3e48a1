package org.dialoguedesk.profile.ui;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.FormLayout;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;

/** The update-from-round form: the round, what it would change, and what it cannot follow. */
public final class UpdateFormView {

    private UpdateFormView() {
    }

    public static Node of(UpdateFormModel model, I18n i18n) {
        ComboBox<RoundChoice> round = new ComboBox<>(model.rounds());
        round.setId("update-round");
        round.setMaxWidth(Double.MAX_VALUE);
        Cells.nameItems(round, RoundChoice::title, "");
        round.valueProperty().bindBidirectional(model.roundProperty());
        Paragraph summary = new Paragraph();
        summary.setId("update-summary");
        summary.textProperty().bind(model.summaryProperty());
        ListView<String> changes = new ListView<>(model.changes());
        changes.setId("update-changes");
        changes.setPrefSize(560, 260);
        changes.setCellFactory(l -> new ListCell<>() {
            private final Paragraph text = new Paragraph();

            {
                setPrefWidth(0);
                text.maxWidthProperty().bind(widthProperty().subtract(30));
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
            }
        });
        return new FormLayout()
                .field(i18n.get("profile.ui.update.round"), round, model.errors().of("round"))
                .wide(summary)
                .wide(changes)
                .node();
    }
}
