package org.dialoguedesk.profile.ui;

import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.profile.ProfileVersion;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;

/** The versions dialog: two versions to compare, and the difference, removed lines and added ones styled apart. */
public final class VersionsView {

    private VersionsView() {
    }

    public static Node of(VersionsFormModel model, I18n i18n) {
        ComboBox<ProfileVersion> from = new ComboBox<>(model.versions());
        from.setId("version-from");
        Cells.nameItems(from, model::label, "");
        from.valueProperty().bindBidirectional(model.fromProperty());
        ComboBox<ProfileVersion> to = new ComboBox<>(model.versions());
        to.setId("version-to");
        Cells.nameItems(to, model::label, "");
        to.valueProperty().bindBidirectional(model.toProperty());
        HBox choose = new HBox(8, new Label(i18n.get("profile.ui.versions.from")), from,
                new Label(i18n.get("profile.ui.versions.to")), to);
        choose.getStyleClass().add("toolbar");
        Paragraph summary = new Paragraph();
        summary.setId("version-summary");
        summary.getStyleClass().add("screen-subtitle");
        summary.textProperty().bind(model.summaryProperty());
        ListView<DiffLine> lines = new ListView<>(model.lines());
        lines.setId("version-diff");
        lines.getStyleClass().add("version-diff");
        lines.setPrefSize(640, 380);
        lines.setCellFactory(l -> new DiffCell(model));
        VBox box = new VBox(10, choose, summary, lines);
        box.getStyleClass().add("versions-dialog");
        return box;
    }

    /** A diff line as a paragraph: sections may be Arabic, and the "−" or "+" must stay at its start. */
    private static final class DiffCell extends ListCell<DiffLine> {

        private final VersionsFormModel model;
        private final Paragraph text = new Paragraph();

        DiffCell(VersionsFormModel model) {
            this.model = model;
            setPrefWidth(0);
            text.maxWidthProperty().bind(widthProperty().subtract(30));
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(DiffLine item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("diff-heading", "diff-same", "diff-gap", "diff-removed", "diff-added");
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(model.text(item));
            text.setText(model.text(item));
            // a line reads in its section's language, whatever the window's: "− " stays at its start
            text.setNodeOrientation(item.kind() == DiffLine.Kind.HEADING ? NodeOrientation.INHERIT
                    : item.lang() == Lang.AR ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
            getStyleClass().add(switch (item.kind()) {
                case HEADING -> "diff-heading";
                case SAME -> "diff-same";
                case GAP -> "diff-gap";
                case REMOVED -> "diff-removed";
                case ADDED -> "diff-added";
            });
            setGraphic(text);
        }
    }
}
