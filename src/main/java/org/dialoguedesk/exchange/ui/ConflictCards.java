package org.dialoguedesk.exchange.ui;

import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.dialoguedesk.bundle.ConflictChoice;
import org.dialoguedesk.ui.ArabicText;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;

/**
 * A card per conflict: the record's kind and name, then each differing field with this desk's value and
 * the bundle's side by side, a radio button on each; a deletion conflict has one row for the whole
 * record. A shortened value shows whole in its tooltip.
 */
final class ConflictCards {

    private ConflictCards() {
    }

    static Node of(ConflictChoices conflict, int index, I18n i18n) {
        Paragraph heading = new Paragraph(conflict.heading());
        heading.getStyleClass().add("conflict-heading");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("conflict-fields");
        ColumnConstraints field = new ColumnConstraints();
        field.setMinWidth(110);
        field.setPrefWidth(150);
        ColumnConstraints side = new ColumnConstraints();
        side.setPercentWidth(40);
        side.setHgrow(Priority.ALWAYS);
        ColumnConstraints other = new ColumnConstraints();
        other.setPercentWidth(40);
        other.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(field, side, other);
        grid.addRow(0, header(i18n.get("exchange.ui.conflict.field")), header(i18n.get("exchange.ui.conflict.mine")),
                header(i18n.get("exchange.ui.conflict.theirs")));
        List<FieldChoice> fields = conflict.fields();
        for (int i = 0; i < fields.size(); i++) {
            FieldChoice f = fields.get(i);
            String id = "conflict-" + index + "-" + i;
            Label name = new Label(f.label());
            name.getStyleClass().add("conflict-field");
            name.setWrapText(true);
            ToggleGroup group = new ToggleGroup();
            RadioButton mine = side(id + "-mine", f.mineShort(), f.mine(), group);
            RadioButton theirs = side(id + "-theirs", f.theirsShort(), f.theirs(), group);
            group.selectedToggleProperty().subscribe(t -> {
                if (t != null) {
                    f.choiceProperty().set(t == mine ? ConflictChoice.LOCAL : ConflictChoice.INCOMING);
                }
            });
            f.choiceProperty().subscribe(c -> select(group, c == null ? null : c == ConflictChoice.LOCAL ? mine : theirs));
            grid.addRow(i + 1, name, mine, theirs);
        }
        VBox card = new VBox(8, heading, grid);
        card.setId("conflict-" + index);
        card.getStyleClass().add("conflict-card");
        if (conflict.isDeletion()) {
            card.getStyleClass().add("conflict-deletion");
        }
        return card;
    }

    private static void select(ToggleGroup group, Toggle toggle) {
        if (group.getSelectedToggle() != toggle) {
            group.selectToggle(toggle);
        }
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("conflict-column");
        return l;
    }

    /**
     * One side's value as a radio button; its text is a {@link Paragraph}, which wraps and orders Arabic and
     * Latin rightly, in the direction of its own script.
     */
    private static RadioButton side(String id, String shown, String whole, ToggleGroup group) {
        Paragraph text = new Paragraph(shown);
        text.getStyleClass().add("conflict-value");
        text.setNodeOrientation(ArabicText.in(shown) ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        RadioButton b = new RadioButton();
        b.setId(id);
        b.setGraphic(text);
        b.setToggleGroup(group);
        b.setMaxWidth(Double.MAX_VALUE);
        b.getStyleClass().add("conflict-side");
        text.maxWidthProperty().bind(b.widthProperty().subtract(30));
        if (!shown.equals(whole)) {
            Tooltip tip = new Tooltip(whole);
            tip.setWrapText(true);
            tip.setMaxWidth(640);
            tip.setShowDuration(Duration.INDEFINITE);
            b.setTooltip(tip);
            b.getStyleClass().add("shortened");
        }
        return b;
    }
}
