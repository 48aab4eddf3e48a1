package org.dialoguedesk.meeting.ui;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.dialoguedesk.meeting.ui.AfterMeetingViewModel.CountRow;

/**
 * One statistic as a panel: its title, a horizontal bar chart and the same figures as a small table
 * beneath, both written with the window's digits. Bars run sideways so that the names (a category, a
 * region) are read whole on their axis rather than turned on end. The chart is not animated and fills
 * the width its panel is given, so it is drawn again at every size of the window; its data follows the
 * rows' list, and a change of meeting redraws it.
 */
final class MeetingCharts {

    private MeetingCharts() {
    }

    /** A panel for these rows, with a node id derived from {@code id} (e.g. {@code after-regions}). */
    static VBox panel(String id, String title, ObservableList<CountRow> rows, CountFormat counts) {
        Label heading = new Label(title);
        heading.getStyleClass().add("after-panel-title");
        heading.setWrapText(true);
        NumberAxis values = new NumberAxis();
        values.setTickLabelFormatter(counts.axis());
        values.setMinorTickVisible(false);
        values.setForceZeroInRange(true);
        CategoryAxis names = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(values, names);
        chart.setId(id + "-chart");
        chart.getStyleClass().add("after-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setMinSize(160, 140);
        chart.setPrefHeight(200);
        GridPane figures = new GridPane();
        figures.setId(id + "-table");
        figures.getStyleClass().add("after-figures");
        VBox panel = new VBox(6, heading, chart, figures);
        panel.getStyleClass().add("after-panel");
        VBox.setVgrow(chart, Priority.ALWAYS);
        ListChangeListener<CountRow> redraw = c -> draw(chart, names, figures, List.copyOf(rows));
        rows.addListener(redraw);
        draw(chart, names, figures, List.copyOf(rows));
        return panel;
    }

    private static void draw(BarChart<Number, String> chart, CategoryAxis names, GridPane figures,
                             List<CountRow> rows) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        // the first row on top: a vertical category axis lists from the bottom up
        for (int i = rows.size() - 1; i >= 0; i--) {
            series.getData().add(new XYChart.Data<>(rows.get(i).count(), rows.get(i).label()));
        }
        names.getCategories().setAll(series.getData().stream().map(XYChart.Data::getYValue).toList());
        chart.getData().setAll(List.of(series));
        figures.getChildren().clear();
        for (int i = 0; i < rows.size(); i++) {
            Label name = new Label(rows.get(i).label());
            name.getStyleClass().add("after-figure-name");
            Label count = new Label(rows.get(i).countText());
            count.getStyleClass().add("after-figure-count");
            figures.addRow(i, name, count);
        }
    }
}
