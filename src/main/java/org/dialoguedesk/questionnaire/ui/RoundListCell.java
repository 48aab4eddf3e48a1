package org.dialoguedesk.questionnaire.ui;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;

/**
 * A round in the side list: its title, its dialogue and deadline, and how many recipients answered.
 * All three are paragraphs: titles and dialogue labels mix scripts ("حوار MTM"), which a label
 * would put in the wrong order in an Arabic window.
 */
final class RoundListCell extends ListCell<RoundRow> {

    private final I18n i18n;
    private final Paragraph title = new Paragraph();
    private final Paragraph meta = new Paragraph();
    private final Paragraph answered = new Paragraph();
    private final VBox box = new VBox(2, title, meta, answered);

    RoundListCell(I18n i18n) {
        this.i18n = i18n;
        title.getStyleClass().add("round-list-title");
        meta.getStyleClass().add("round-list-meta");
        answered.getStyleClass().add("round-list-meta");
        // the cell wraps its text to the list's width instead of widening the list
        setPrefWidth(0);
        box.maxWidthProperty().bind(widthProperty().subtract(30));
        title.maxWidthProperty().bind(box.maxWidthProperty());
        meta.maxWidthProperty().bind(box.maxWidthProperty());
        answered.maxWidthProperty().bind(box.maxWidthProperty());
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(RoundRow item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        // the cell's own text is kept for keyboard selection and tests
        setText(item.round().title());
        title.setText(item.round().title());
        meta.setText(i18n.get("questionnaire.rounds.listMeta", item.dialogue(), i18n.date(item.round().deadline())));
        answered.setText(i18n.get("questionnaire.rounds.answered", item.answered(), item.total()));
        setGraphic(box);
    }
}
