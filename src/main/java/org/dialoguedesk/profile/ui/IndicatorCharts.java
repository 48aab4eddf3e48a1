package org.dialoguedesk.profile.ui;

import javafx.collections.FXCollections;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Side;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.dialoguedesk.profile.IndicatorChartPlan;

/**
 * Draws an {@link IndicatorChartPlan}: a line chart over the years or a bar chart, the unit on the value
 * axis, a legend of the indicators. Years run left to right in every language (as the figures are
 * written); the legend follows the language of its labels.
 */
final class IndicatorCharts {

    private IndicatorCharts() {
    }

    static XYChart<String, Number> draw(IndicatorChartPlan plan, boolean rightToLeft) {
        CategoryAxis years = new CategoryAxis(FXCollections.observableArrayList(plan.categories()));
        years.setAutoRanging(false);
        years.setCategories(FXCollections.observableArrayList(plan.categories()));
        NumberAxis values = new NumberAxis();
        values.setLabel(plan.unit());
        values.setForceZeroInRange(true);
        XYChart<String, Number> chart;
        if (plan.kind() == IndicatorChartPlan.Kind.LINE) {
            chart = new LineChart<>(years, values);
        } else {
            BarChart<String, Number> bars = new BarChart<>(years, values);
            // a year or two of figures: bars of a sensible width rather than one slab across the chart
            bars.categoryGapProperty().bind(bars.widthProperty().multiply(plan.categories().size() < 3 ? 0.5 : 0.1)
                    .divide(plan.categories().size()));
            chart = bars;
        }
        chart.getStyleClass().addAll("indicator-chart",
                plan.kind() == IndicatorChartPlan.Kind.LINE ? "indicator-line-chart" : "indicator-bar-chart");
        chart.setAnimated(false);
        chart.setLegendSide(Side.BOTTOM);
        chart.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        for (IndicatorChartPlan.Series s : plan.series()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(s.label());
            s.points().forEach(p -> series.getData().add(new XYChart.Data<>(p.category(), p.value())));
            chart.getData().add(series);
        }
        if (rightToLeft) {
            chart.lookupAll(".chart-legend").forEach(l -> l.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT));
        }
        chart.setMinHeight(200);
        return chart;
    }
}
