package org.dialoguedesk.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Builds the two-column form grid shared by the dialogs: label, field, problem text under the field. */
public final class FormLayout {

    private final GridPane grid = new GridPane();
    private int row;

    public FormLayout() {
        grid.getStyleClass().add("form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(120);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(320);
        grid.getColumnConstraints().setAll(labels, fields);
    }

    /** Adds a field; the problem label gets the id {@code <fieldId>-error}. */
    public FormLayout field(String label, Node field, ObservableStringValue error) {
        Label caption = new Label(label);
        caption.getStyleClass().add("form-label");
        caption.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        caption.setLabelFor(field);
        Paragraph problem = problemText(error);
        if (field.getId() != null) {
            problem.setId(field.getId() + "-error");
        }
        VBox cell = new VBox(2, field, problem);
        GridPane.setValignment(caption, VPos.TOP);
        grid.add(caption, 0, row);
        grid.add(cell, 1, row);
        row++;
        return this;
    }

    /** Adds a field that cannot be wrong on its own (free text). */
    public FormLayout field(String label, Node field) {
        Label caption = new Label(label);
        caption.getStyleClass().add("form-label");
        caption.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        caption.setLabelFor(field);
        grid.add(caption, 0, row);
        grid.add(field, 1, row);
        row++;
        return this;
    }

    /** A node spanning both columns (a warning panel, the general problem line). */
    public FormLayout wide(Node node) {
        grid.add(node, 0, row, 2, 1);
        row++;
        return this;
    }

    /** A problem text in the danger colour, there only while there is a problem. */
    public static Paragraph problemText(ObservableStringValue error) {
        Paragraph problem = new Paragraph();
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(error);
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }

    public GridPane node() {
        return grid;
    }
}
