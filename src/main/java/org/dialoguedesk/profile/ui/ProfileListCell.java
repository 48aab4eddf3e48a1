package org.dialoguedesk.profile.ui;

import javafx.geometry.NodeOrientation;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.dialoguedesk.ui.Paragraph;

/**
 * A profile in the side list: its title and kind as paragraphs (titles may mix scripts), and its
 * completeness per language ("EN 100 · FR 86 · AR 71") left to right in every window.
 */
final class ProfileListCell extends ListCell<ProfileRow> {

    private final Paragraph title = new Paragraph();
    private final Paragraph kind = new Paragraph();
    private final Label completeness = new Label();
    private final VBox box = new VBox(2, title, kind, completeness);

    ProfileListCell() {
        title.getStyleClass().add("profile-list-title");
        kind.getStyleClass().add("profile-list-meta");
        completeness.getStyleClass().addAll("profile-list-meta", "profile-completeness");
        completeness.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        setPrefWidth(0);
        box.maxWidthProperty().bind(widthProperty().subtract(30));
        title.maxWidthProperty().bind(box.maxWidthProperty());
        kind.maxWidthProperty().bind(box.maxWidthProperty());
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(ProfileRow item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        setText(item.title());
        title.setText(item.title());
        kind.setText(item.kind());
        completeness.setText(item.completeness());
        setGraphic(box);
    }
}
