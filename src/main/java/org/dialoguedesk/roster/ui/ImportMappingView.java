package org.dialoguedesk.roster.ui;

import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.dialoguedesk.roster.ui.ImportMappingFormModel.FieldRow;
import org.dialoguedesk.roster.ui.ImportMappingFormModel.SourceColumn;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.FormLayout;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;

/** The import's column step: per contact field, the file column that feeds it and what its first row reads. */
public final class ImportMappingView {

    private ImportMappingView() {
    }

    public static Node of(ImportMappingFormModel model, I18n i18n) {
        // the count on a line of its own: a number inside wrapped Arabic text is misplaced by JavaFX
        Label rows = new Label(i18n.get("roster.ui.import.mapping.rows", model.table().rows().size()));
        rows.setId("import-row-count");
        rows.getStyleClass().add("import-count");
        Paragraph intro = new Paragraph(i18n.get("roster.ui.import.mapping.intro"));
        intro.getStyleClass().add("import-intro");

        GridPane grid = new GridPane();
        grid.setId("import-mapping");
        grid.getStyleClass().addAll("form", "mapping-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(130);
        ColumnConstraints choices = new ColumnConstraints();
        choices.setMinWidth(220);
        ColumnConstraints examples = new ColumnConstraints();
        examples.setHgrow(Priority.ALWAYS);
        examples.setMinWidth(160);
        grid.getColumnConstraints().setAll(labels, choices, examples);
        grid.addRow(0, heading(i18n.get("roster.ui.import.mapping.field")),
                heading(i18n.get("roster.ui.import.mapping.column")),
                heading(i18n.get("roster.ui.import.mapping.example")));
        int r = 1;
        for (FieldRow row : model.fields()) {
            String id = "import-column-" + row.field().header().replace('_', '-');
            Label caption = new Label(i18n.name(row.field()));
            caption.getStyleClass().add("form-label");
            ComboBox<SourceColumn> column = new ComboBox<>(model.columns());
            column.setId(id);
            column.setMaxWidth(Double.MAX_VALUE);
            Cells.nameItems(column, model::label, i18n.get("roster.ui.import.notImported"));
            column.valueProperty().bindBidirectional(row.sourceProperty());
            caption.setLabelFor(column);
            Label example = new Label();
            example.getStyleClass().add("mapping-example");
            // file contents are names, emails, Arabic: let each cell's own text set its direction
            example.setNodeOrientation(NodeOrientation.INHERIT);
            example.textProperty().bind(row.sourceProperty().map(model::example).orElse(""));
            grid.addRow(r++, caption, column, example);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(430);
        scroll.getStyleClass().add("mapping-scroll");

        CheckBox skip = new CheckBox(i18n.get("roster.ui.import.skipExisting"));
        skip.setId("import-skip-existing");
        skip.selectedProperty().bindBidirectional(model.skipExistingProperty());
        Paragraph error = FormLayout.problemText(model.errorProperty());
        error.setId("import-mapping-error");
        VBox box = new VBox(10, rows, intro, scroll, skip, error);
        box.setPrefWidth(640);
        return box;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("mapping-heading");
        return l;
    }
}
