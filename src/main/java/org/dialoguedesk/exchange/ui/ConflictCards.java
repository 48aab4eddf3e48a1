package org.dialoguedesk.exchange.ui;

import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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

    private static final double FIELD_WIDTH = 130;

    private ConflictCards() {
    }

    static Node of(ConflictChoices conflict, int index, I18n i18n) {
        Paragraph heading = new Paragraph(conflict.heading());
        heading.getStyleClass().add("conflict-heading");
        VBox rows = new VBox(6, row(header(i18n.get("exchange.ui.conflict.field")),
                header(i18n.get("exchange.ui.conflict.mine")), header(i18n.get("exchange.ui.conflict.theirs"))));
        rows.getStyleClass().add("conflict-fields");
        List<FieldChoice> fields = conflict.fields();
        for (int i = 0; i < fields.size(); i++) {
            FieldChoice f = fields.get(i);
            String id = "conflict-" + index + "-" + i;
            Label name = new Label(f.label());
            name.getStyleClass().add("conflict-field");
            name.setWrapText(true);
            ToggleGroup group = new ToggleGroup();
            RadioButton mine = radio(id + "-mine", group);
            RadioButton theirs = radio(id + "-theirs", group);
            group.selectedToggleProperty().subscribe(t -> {
                if (t != null) {
                    f.choiceProperty().set(t == mine ? ConflictChoice.LOCAL : ConflictChoice.INCOMING);
                }
            });
            f.choiceProperty().subscribe(c -> select(group, c == null ? null : c == ConflictChoice.LOCAL ? mine : theirs));
            HBox line = row(name, side(mine, f.mine()), side(theirs, f.theirs()));
            line.getStyleClass().add("conflict-row");
            rows.getChildren().add(line);
        }
        VBox card = new VBox(8, heading, rows);
        card.setId("conflict-" + index);
        card.getStyleClass().add("conflict-card");
        if (conflict.isDeletion()) {
            card.getStyleClass().add("conflict-deletion");
        }
        return card;
    }

    /** The field's name, then both sides sharing the rest of the width equally. */
    private static HBox row(Region field, Region mine, Region theirs) {
        field.setMinWidth(FIELD_WIDTH);
        field.setPrefWidth(FIELD_WIDTH);
        field.setMaxWidth(FIELD_WIDTH);
        for (Region side : List.of(mine, theirs)) {
            side.setMinWidth(0);
            side.setPrefWidth(0);
            side.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(side, Priority.ALWAYS);
        }
        return new HBox(12, field, mine, theirs);
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

    private static RadioButton radio(String id, ToggleGroup group) {
        RadioButton b = new RadioButton();
        b.setId(id);
        b.setToggleGroup(group);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /**
     * One side's value beside its radio button, as a {@link Paragraph}, which wraps and orders Arabic and Latin
     * rightly, in the direction of the value's own script; a click on the value chooses it too. Under a
     * shortened value, in the window's direction, what was left out; the whole value is in the tooltip.
     */
    private static HBox side(RadioButton radio, FieldChoice.Value value) {
        Paragraph text = new Paragraph(value.shown());
        text.getStyleClass().add("conflict-value");
        text.setNodeOrientation(ArabicText.in(value.whole()) ? NodeOrientation.RIGHT_TO_LEFT
                : NodeOrientation.LEFT_TO_RIGHT);
        VBox shown = new VBox(2, text);
        if (!value.leftOut().isEmpty()) {
            Paragraph more = new Paragraph(value.leftOut());
            more.getStyleClass().add("conflict-left-out");
            shown.getChildren().add(more);
        }
        shown.setOnMouseClicked(e -> radio.setSelected(true));
        HBox.setHgrow(shown, Priority.ALWAYS);
        HBox box = new HBox(6, radio, shown);
        box.getStyleClass().add("conflict-side");
        if (value.shortened()) {
            Tooltip tip = new Tooltip(value.whole());
            tip.setWrapText(true);
            tip.setMaxWidth(640);
            tip.setShowDuration(Duration.INDEFINITE);
            Tooltip.install(box, tip);
            box.getStyleClass().add("shortened");
        }
        return box;
    }
}
