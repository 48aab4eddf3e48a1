package org.dialoguedesk.questionnaire.ui;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.dialoguedesk.questionnaire.RecipientStatus;
import org.dialoguedesk.ui.I18n;

/**
 * The recipients of a round as one horizontal bar stacked by status, in the order of the exercise
 * (not sent at the start, accepted at the end; mirrored in a right-to-left window), with a legend
 * that names each status and gives its count. Chosen over a pie chart: a bar reads the same in both
 * directions, and the answered part is one run at its end.
 */
final class RoundStatusChart {

    private static final double BAR_HEIGHT = 22;

    private final I18n i18n;
    private final NumberFormat numbers;
    private final GridPane bar = new GridPane();
    private final FlowPane legend = new FlowPane();
    private final VBox node = new VBox(8, bar, legend);

    RoundStatusChart(I18n i18n) {
        this.i18n = i18n;
        this.numbers = NumberFormat.getIntegerInstance(i18n.lang().locale());
        bar.setId("round-chart");
        bar.getStyleClass().add("status-bar-chart");
        bar.setMaxWidth(Double.MAX_VALUE);
        // segments have no content of their own: the one row gives them their height
        RowConstraints row = new RowConstraints(BAR_HEIGHT, BAR_HEIGHT, BAR_HEIGHT);
        row.setFillHeight(true);
        bar.getRowConstraints().setAll(row);
        bar.setMinHeight(BAR_HEIGHT);
        legend.setId("round-counts");
        legend.getStyleClass().add("status-legend");
        legend.setHgap(14);
        legend.setVgap(4);
        HBox.setHgrow(node, Priority.ALWAYS);
    }

    /** Draws the bar and the legend for these counts (every status, zeros included). */
    void show(List<RoundStatusCount> counts) {
        bar.getChildren().clear();
        bar.getColumnConstraints().clear();
        legend.getChildren().clear();
        int column = 0;
        List<Node> items = new ArrayList<>();
        for (RoundStatusCount c : counts) {
            items.add(legendItem(c));
            if (c.count() == 0) {
                continue;
            }
            ColumnConstraints width = new ColumnConstraints();
            width.setPercentWidth(c.share() * 100);
            width.setFillWidth(true);
            bar.getColumnConstraints().add(width);
            Region segment = swatch(c.status(), "status-segment");
            segment.setMaxWidth(Double.MAX_VALUE);
            segment.setMaxHeight(Double.MAX_VALUE);
            Tooltip.install(segment, new Tooltip(i18n.get("questionnaire.rounds.segment", i18n.name(c.status()),
                    c.count(), Math.round(c.share() * 100))));
            bar.add(segment, column++, 0);
        }
        legend.getChildren().setAll(items);
    }

    private Node legendItem(RoundStatusCount c) {
        Region swatch = swatch(c.status(), "status-swatch");
        Label name = new Label(i18n.name(c.status()));
        // the digits of the window's language, as in the texts around it
        Label count = new Label(numbers.format(c.count()));
        count.setId("count-" + kebab(c.status()));
        count.getStyleClass().add("status-count");
        HBox item = new HBox(5, swatch, name, count);
        item.getStyleClass().add("status-legend-item");
        if (c.count() == 0) {
            item.getStyleClass().add("empty");
        }
        return item;
    }

    private static Region swatch(RecipientStatus status, String styleClass) {
        Region r = new Region();
        r.getStyleClass().addAll(styleClass, "status-" + kebab(status));
        return r;
    }

    /** ANSWER_PARTIAL → answer-partial: for ids and style classes. */
    static String kebab(RecipientStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    Node node() {
        return node;
    }
}
