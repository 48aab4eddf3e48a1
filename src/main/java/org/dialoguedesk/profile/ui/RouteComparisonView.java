package org.dialoguedesk.profile.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.profile.RouteComparison;
import org.dialoguedesk.ui.ActionButtons;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;

/**
 * The route comparison dialog: language and year, the table (indicator, unit, then one column per
 * route country in route order, right to left when the comparison is in Arabic), what its cells mean,
 * and Insert into section….
 */
public final class RouteComparisonView {

    private RouteComparisonView() {
    }

    public static Node of(RouteComparisonFormModel model, I18n i18n) {
        ComboBox<Lang> lang = new ComboBox<>();
        lang.getItems().setAll(Lang.values());
        lang.setId("comparison-lang");
        Cells.nameItems(lang, model::langLabel, "");
        lang.valueProperty().bindBidirectional(model.langProperty());
        ComboBox<Integer> year = new ComboBox<>(model.years());
        year.setId("comparison-year");
        Cells.nameItems(year, model::yearLabel, model.yearLabel(RouteComparisonFormModel.LATEST));
        year.valueProperty().bindBidirectional(model.yearProperty());
        Button insert = new Button();
        ActionButtons.setUp(insert, "comparison-insert", i18n.get("profile.ui.compare.insert"), model::onInsert);
        insert.disableProperty().bind(model.comparisonProperty().isNull());
        insert.setVisible(model.canInsert());
        insert.setManaged(model.canInsert());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label(i18n.get("profile.ui.compare.lang")), lang,
                new Label(i18n.get("profile.ui.compare.year")), year, gap, insert);
        bar.getStyleClass().add("toolbar");

        Paragraph summary = new Paragraph();
        summary.setId("comparison-summary");
        summary.getStyleClass().add("screen-subtitle");
        summary.textProperty().bind(model.summaryProperty());
        TableView<ComparisonRow> table = new TableView<>(model.rows());
        table.setId("comparison-table");
        table.getStyleClass().add("comparison-table");
        table.setPrefSize(1080, 460);
        table.setPlaceholder(new Label(i18n.get("profile.ui.compare.empty")));
        Runnable columns = () -> table.getColumns().setAll(columns(model, i18n));
        model.columns().subscribe(columns);
        columns.run();
        // the table reads in the comparison's language: countries run right to left in Arabic
        model.langProperty().subscribe(l -> table.setNodeOrientation(l == Lang.AR
                ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT));
        Paragraph legend = new Paragraph();
        legend.setId("comparison-legend");
        legend.getStyleClass().add("comparison-legend");
        legend.textProperty().bind(model.legendProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(10, bar, summary, table, legend);
        box.getStyleClass().add("comparison-dialog");
        return box;
    }

    private static List<TableColumn<ComparisonRow, String>> columns(RouteComparisonFormModel model, I18n i18n) {
        List<TableColumn<ComparisonRow, String>> out = new java.util.ArrayList<>();
        TableColumn<ComparisonRow, String> label = Cells.wrappingColumn(i18n.get("profile.compare.indicator"),
                ComparisonRow::label, 240);
        label.setId("comparison-indicator");
        out.add(label);
        TableColumn<ComparisonRow, String> unit = Cells.column(i18n.get("profile.compare.unit"), ComparisonRow::unit,
                70);
        out.add(unit);
        List<String> names = List.copyOf(model.columns());
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            TableColumn<ComparisonRow, String> c = new TableColumn<>(names.get(i));
            c.setId("comparison-country-" + i);
            c.setPrefWidth(112);
            c.setCellValueFactory(f -> new ReadOnlyStringWrapper(index < f.getValue().cells().size()
                    ? f.getValue().cells().get(index) : ""));
            c.setCellFactory(col -> new FigureCell(index));
            out.add(c);
        }
        return out;
    }

    /** A country's figure: numbers at the end of the cell, a missing figure muted, its source as a tooltip. */
    private static final class FigureCell extends TableCell<ComparisonRow, String> {

        private final int index;

        FigureCell(int index) {
            this.index = index;
            getStyleClass().add("comparison-cell");
            setAlignment(Pos.TOP_RIGHT);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("comparison-missing");
            ComparisonRow row = empty ? null : getTableRow().getItem();
            if (empty || item == null || row == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            // in a right-to-left table a figure reads from the right: "12 400" then its year
            setText(getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT ? "\u200F" + item : item);
            if (row.states().get(index) != RouteComparison.State.FIGURE) {
                getStyleClass().add("comparison-missing");
            }
            String citation = row.citations().get(index);
            setTooltip(citation.isEmpty() ? null : new Tooltip(citation));
        }
    }
}
