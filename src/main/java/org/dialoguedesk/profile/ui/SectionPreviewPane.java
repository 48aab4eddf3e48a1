package org.dialoguedesk.profile.ui;

import javafx.collections.FXCollections;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.profile.Indicator;
import org.dialoguedesk.profile.IndicatorChartPlan;
import org.dialoguedesk.ui.ActionButtons;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.MarkdownView;

/**
 * Under the sections: the chosen section in a chosen language, its text (Text tab) or its figures with
 * their charts and the buttons to add, edit and delete one (Indicators tab). Arabic reads right to left.
 */
final class SectionPreviewPane {

    private final SectionPreviewModel model;
    private final I18n i18n;
    private final ComboBox<Lang> lang = new ComboBox<>(FXCollections.observableArrayList(Lang.values()));
    private final MarkdownView text;
    private final Label noText = new Label();
    private final TableView<Indicator> table;
    private final VBox charts = new VBox(12);
    private final ScrollPane chartScroll = new ScrollPane(charts);
    private final SplitPane figures;
    private final Button add = new Button();
    private final Button edit = new Button();
    private final Button delete = new Button();
    private final TabPane tabs = new TabPane();
    private final VBox root;

    SectionPreviewPane(SectionPreviewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        this.text = new MarkdownView(i18n, url -> { });
        this.table = IndicatorTables.figures(model, i18n);
        this.figures = new SplitPane(table, chartScroll);
        this.root = new VBox();
        build();
    }

    private void build() {
        lang.setId("preview-lang");
        Cells.nameItems(lang, i18n::name, "");
        Label caption = new Label(i18n.get("profile.ui.preview.lang"));
        caption.setLabelFor(lang);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, caption, lang);
        top.getStyleClass().add("preview-bar");
        top.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        // on the row of the tabs, at their trailing end: the figures keep the height
        top.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(top, javafx.geometry.Pos.TOP_RIGHT);

        text.setId("preview-text");
        ScrollPane textScroll = new ScrollPane(text);
        textScroll.setFitToWidth(true);
        textScroll.getStyleClass().add("preview-text-scroll");
        noText.setId("preview-no-text");
        noText.setText(i18n.get("profile.ui.preview.noText"));
        noText.getStyleClass().add("placeholder-text");
        StackPane textBox = new StackPane(textScroll, noText);
        Tab textTab = new Tab(i18n.get("profile.ui.preview.tab.text"), textBox);
        textTab.setId("tab-preview-text");

        ActionButtons.setUp(add, "add-indicator", i18n.get("profile.ui.indicator.add"), model::onAdd);
        ActionButtons.setUp(edit, "edit-indicator", i18n.get("profile.ui.indicator.edit"), model::onEdit);
        ActionButtons.setUp(delete, "delete-indicator", i18n.get("profile.ui.indicator.delete"), model::onDelete);
        HBox bar = new HBox(8, add, edit, delete);
        bar.getStyleClass().add("toolbar");
        charts.setId("indicator-charts");
        charts.getStyleClass().add("indicator-charts");
        chartScroll.setFitToWidth(true);
        chartScroll.getStyleClass().add("indicator-chart-scroll");
        figures.setDividerPositions(0.58);
        figures.getStyleClass().add("indicator-split");
        VBox.setVgrow(figures, Priority.ALWAYS);
        VBox figuresBox = new VBox(6, bar, figures);
        Tab figuresTab = new Tab(i18n.get("profile.ui.preview.tab.indicators"), figuresBox);
        figuresTab.setId("tab-preview-indicators");

        tabs.setId("preview-tabs");
        tabs.getTabs().setAll(textTab, figuresTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.setId("section-preview");
        root.getStyleClass().add("section-preview");
        StackPane stack = new StackPane(tabs, top);
        VBox.setVgrow(stack, Priority.ALWAYS);
        root.getChildren().setAll(stack);
        // the split above decides the height: no child may claim more
        root.setMinHeight(160);
        stack.setMinHeight(0);
        tabs.setMinHeight(0);
        figures.setMinHeight(0);
        table.setMinHeight(0);
        chartScroll.setMinHeight(0);

        table.setRowFactory(t -> {
            TableRow<Indicator> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    model.onEdit();
                }
            });
            return row;
        });
    }

    Node node() {
        return root;
    }

    /** Follows the model while the screen is shown. */
    Subscription bind() {
        lang.setValue(model.langProperty().get());
        add.disableProperty().bind(model.canAdd().not());
        edit.disableProperty().bind(model.canChangeIndicator().not());
        delete.disableProperty().bind(model.canChangeIndicator().not());
        drawCharts();
        return Subscription.combine(
                lang.valueProperty().subscribe(l -> {
                    if (l != null) {
                        model.langProperty().set(l);
                    }
                }),
                model.langProperty().subscribe(this::showLang),
                model.markdownProperty().subscribe(md -> {
                    text.setMarkdown(md);
                    noText.setVisible(md.isBlank());
                }),
                table.getSelectionModel().selectedItemProperty().subscribe(i -> {
                    if (i != null || !table.getItems().contains(model.selectedIndicatorProperty().get())) {
                        model.selectedIndicatorProperty().set(i);
                    }
                }),
                model.selectedIndicatorProperty().subscribe(i -> {
                    if (i != null && table.getSelectionModel().getSelectedItem() != i) {
                        table.getSelectionModel().select(i);
                    }
                }),
                model.charts().subscribe(this::drawCharts),
                () -> {
                    add.disableProperty().unbind();
                    edit.disableProperty().unbind();
                    delete.disableProperty().unbind();
                });
    }

    private void showLang(Lang l) {
        if (l == null) {
            return;
        }
        lang.setValue(l);
        NodeOrientation direction = l.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
        text.setRightToLeft(l.isRightToLeft());
        table.setNodeOrientation(direction);
        table.refresh();
    }

    private void drawCharts() {
        boolean rtl = model.langProperty().get() != null && model.langProperty().get().isRightToLeft();
        charts.getChildren().clear();
        int n = 0;
        for (IndicatorChartPlan plan : model.charts()) {
            javafx.scene.chart.XYChart<String, Number> chart = IndicatorCharts.draw(plan, rtl);
            chart.setId("indicator-chart-" + n++);
            // each chart as high as the room shown (legend included), the next one a scroll away
            chart.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(chart.getMinHeight(), chartScroll.getViewportBounds().getHeight() - 12),
                    chartScroll.viewportBoundsProperty()));
            charts.getChildren().add(chart);
        }
        // no chart when there are no figures: the table says so, and its side takes the room
        boolean any = !model.charts().isEmpty();
        chartScroll.setVisible(any);
        if (any && !figures.getItems().contains(chartScroll)) {
            figures.getItems().add(chartScroll);
            figures.setDividerPositions(0.58);
        } else if (!any) {
            figures.getItems().remove(chartScroll);
        }
    }
}
