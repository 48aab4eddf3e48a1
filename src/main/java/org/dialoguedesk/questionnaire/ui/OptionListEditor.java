package org.dialoguedesk.questionnaire.ui;

import javafx.collections.ListChangeListener;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.questionnaire.ui.OptionListModel.Row;
import org.dialoguedesk.ui.I18n;

/**
 * Edits an {@link OptionListModel} as a grid: code, English, French and Arabic label per option,
 * with buttons to move or remove it, and a button to add one. Field ids are
 * {@code <id>-<n>-code}, {@code <id>-<n>-en} … counted from 0 in the list's order.
 */
final class OptionListEditor {

    private OptionListEditor() {
    }

    static Node of(OptionListModel model, I18n i18n, String id) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("option-grid");
        ColumnConstraints codeColumn = new ColumnConstraints(90, 110, 140);
        grid.getColumnConstraints().add(codeColumn);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints label = new ColumnConstraints(120, 150, Double.MAX_VALUE);
            label.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(label);
        }
        Label empty = new Label(i18n.get("questionnaire.ui.option.none"));
        empty.getStyleClass().add("placeholder-text");
        Button add = new Button(i18n.get("questionnaire.ui.option.add"));
        add.setId(id + "-add");
        add.setOnAction(e -> model.add());
        Runnable rebuild = () -> {
            grid.getChildren().clear();
            if (!model.rows().isEmpty()) {
                grid.addRow(0, heading(i18n.get("questionnaire.ui.option.code")), heading(i18n.name(Lang.EN)),
                        heading(i18n.name(Lang.FR)), heading(i18n.name(Lang.AR)));
            }
            for (int n = 0; n < model.rows().size(); n++) {
                addRow(grid, model, model.rows().get(n), i18n, id + "-" + n, n + 1);
            }
            empty.setVisible(model.rows().isEmpty());
            empty.setManaged(empty.isVisible());
        };
        // the editor lives as long as its form's dialog, which owns the model: no listener to remove
        model.rows().addListener((ListChangeListener<Row>) c -> rebuild.run());
        rebuild.run();
        VBox box = new VBox(6, grid, empty, add);
        box.setId(id);
        return box;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("mapping-heading");
        return l;
    }

    private static void addRow(GridPane grid, OptionListModel model, Row row, I18n i18n, String id, int gridRow) {
        TextField code = field(id + "-code", NodeOrientation.LEFT_TO_RIGHT);
        code.textProperty().bindBidirectional(row.codeProperty());
        grid.add(code, 0, gridRow);
        int column = 1;
        for (Lang lang : Lang.values()) {
            TextField label = field(id + "-" + lang.code(),
                    lang.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
            if (lang.isRightToLeft()) {
                label.getStyleClass().add("arabic-input");
            }
            label.textProperty().bindBidirectional(row.label().in(lang));
            grid.add(label, column++, gridRow);
        }
        grid.add(iconButton(id + "-up", "icon-up", i18n.get("questionnaire.ui.outline.moveUp"),
                () -> model.move(row, -1)), column++, gridRow);
        grid.add(iconButton(id + "-down", "icon-down", i18n.get("questionnaire.ui.outline.moveDown"),
                () -> model.move(row, 1)), column++, gridRow);
        grid.add(iconButton(id + "-remove", "icon-remove", i18n.get("questionnaire.ui.option.remove"),
                () -> model.remove(row)), column, gridRow);
    }

    private static TextField field(String id, NodeOrientation direction) {
        TextField f = new TextField();
        f.setId(id);
        f.setNodeOrientation(direction);
        return f;
    }

    /** A small button drawn by the theme (an arrow or a cross); its name is its tooltip and accessible text. */
    static Button iconButton(String id, String icon, String name, Runnable action) {
        Region glyph = new Region();
        glyph.getStyleClass().addAll("icon", icon);
        Button b = new Button();
        b.setGraphic(glyph);
        b.setId(id);
        b.getStyleClass().add("icon-button");
        b.setTooltip(new Tooltip(name));
        b.setAccessibleText(name);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
