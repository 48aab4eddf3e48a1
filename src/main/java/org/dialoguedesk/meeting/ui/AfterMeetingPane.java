package org.dialoguedesk.meeting.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.ui.AfterMeetingViewModel.CountRow;
import org.dialoguedesk.meeting.ui.AfterMeetingViewModel.CountryRow;
import org.dialoguedesk.ui.ActionButtons;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;

/**
 * The meetings screen's "After the meeting" tab: the statistics (charts with their figures, the
 * countries and organisations as tables), the drafted news items in English and French, and the notes
 * and conclusions ({@link ConclusionsPane}). One notice above them says what the last action did, in the
 * warning style when it was refused or failed.
 */
public final class AfterMeetingPane {

    private final AfterMeetingViewModel vm;
    private final ConclusionsPane conclusions;
    private final I18n i18n;
    private final Paragraph notice = new Paragraph();
    private final Paragraph summary = new Paragraph();
    private final VBox root = new VBox(8);
    private final Map<Lang, TextArea> news = new EnumMap<>(Lang.class);
    private Subscription bindings = Subscription.EMPTY;

    public AfterMeetingPane(AfterMeetingViewModel vm, ConclusionsViewModel conclusions, I18n i18n) {
        this.vm = vm;
        this.conclusions = new ConclusionsPane(conclusions, i18n);
        this.i18n = i18n;
        build();
    }

    private void build() {
        root.setId("after-meeting");
        root.getStyleClass().add("after-meeting");
        notice.setId("after-notice");
        notice.getStyleClass().addAll("notice", "notice-text");
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        TabPane sections = new TabPane(
                tab("after-tab-statistics", "meeting.after.tab.statistics", statistics()),
                tab("after-tab-news", "meeting.after.tab.news", newsPane()),
                tab("after-tab-conclusions", "meeting.after.tab.conclusions", conclusions.node()));
        sections.setId("after-sections");
        sections.getStyleClass().add("after-sections");
        sections.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(sections, Priority.ALWAYS);
        root.getChildren().setAll(notice, sections);
    }

    private Tab tab(String id, String key, Node content) {
        Tab t = new Tab(i18n.get(key), content);
        t.setId(id);
        return t;
    }

    private Node statistics() {
        summary.setId("after-summary");
        summary.getStyleClass().add("after-summary");
        GridPane charts = columns(List.of(
                MeetingCharts.panel("after-regions", i18n.get("meeting.after.chart.regions"), vm.regions(),
                        vm.counts()),
                MeetingCharts.panel("after-categories", i18n.get("meeting.after.chart.categories"), vm.categories(),
                        vm.counts()),
                MeetingCharts.panel("after-genders", i18n.get("meeting.after.chart.genders"), vm.genders(),
                        vm.counts())), 100.0 / 3, 100.0 / 3, 100.0 / 3);
        charts.setId("after-charts");
        GridPane tables = columns(List.of(titled("meeting.after.table.countries", countriesTable()),
                titled("meeting.after.table.organisations", organisationsTable())), 62, 38);
        VBox content = new VBox(12, summary, charts, tables);
        content.getStyleClass().add("after-statistics");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("after-statistics");
        scroll.setFitToWidth(true);
        // a right-to-left scroll pane shifts its content under its scroll bar: the pane stays left to
        // right (the bar on the right) and its content takes the window's direction
        scroll.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        content.setNodeOrientation(i18n.orientation());
        return scroll;
    }

    /** Columns sharing the width by these percentages: they grow and shrink with the window. */
    private static GridPane columns(List<Node> cells, double... percents) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("after-columns");
        for (int i = 0; i < cells.size(); i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(percents[i]);
            c.setFillWidth(true);
            grid.getColumnConstraints().add(c);
            grid.add(cells.get(i), i, 0);
        }
        return grid;
    }

    private Node titled(String key, TableView<?> table) {
        Label heading = new Label(i18n.get(key));
        heading.getStyleClass().add("after-panel-title");
        table.setPrefHeight(300);
        table.setPlaceholder(new Label(i18n.get("meeting.ui.table.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox box = new VBox(6, heading, table);
        box.getStyleClass().add("after-panel");
        return box;
    }

    private TableView<CountryRow> countriesTable() {
        TableView<CountryRow> t = new TableView<>(vm.countries());
        t.setId("after-countries");
        t.getColumns().add(Cells.column(i18n.get("meeting.after.col.country"), CountryRow::country, 170));
        t.getColumns().add(Cells.column(i18n.get("meeting.after.col.region"), CountryRow::region, 90));
        t.getColumns().add(Cells.column(i18n.get("meeting.after.col.partner"), CountryRow::partner, 80));
        t.getColumns().add(Cells.column(i18n.get("meeting.after.col.arab"), CountryRow::arab, 110));
        t.getColumns().add(Cells.column(i18n.get("meeting.after.col.participants"), CountryRow::countText, 80));
        return t;
    }

    private TableView<CountRow> organisationsTable() {
        TableView<CountRow> t = new TableView<>(vm.organisations());
        t.setId("after-organisations");
        t.getColumns().add(Cells.wrappingColumn(i18n.get("meeting.after.col.organisation"), CountRow::label, 200));
        t.getColumns().add(Cells.column(i18n.get("meeting.after.col.participants"), CountRow::countText, 80));
        return t;
    }

    private Node newsPane() {
        Paragraph hint = new Paragraph(i18n.get("meeting.after.news.hint"));
        hint.getStyleClass().add("screen-subtitle");
        List<Node> items = AfterMeetingViewModel.NEWS_LANGUAGES.stream().map(this::newsItem).toList();
        GridPane both = columns(items, 50, 50);
        both.setId("after-news");
        VBox.setVgrow(both, Priority.ALWAYS);
        VBox box = new VBox(8, hint, both);
        box.getStyleClass().add("after-news");
        return box;
    }

    private Node newsItem(Lang lang) {
        Label heading = new Label(i18n.name(lang));
        heading.getStyleClass().add("after-panel-title");
        TextArea text = new TextArea();
        text.setId("news-" + lang.code());
        text.setEditable(false);
        text.setWrapText(true);
        // English and French read left to right in an Arabic window too
        text.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        text.setPrefRowCount(14);
        news.put(lang, text);
        Button copy = ActionButtons.of("news-copy-" + lang.code(), i18n.get("meeting.after.news.copy"), () -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(vm.newsText(lang));
            Clipboard.getSystemClipboard().setContent(content);
            vm.copied(lang);
        });
        Button save = ActionButtons.of("news-save-" + lang.code(), i18n.get("meeting.after.news.save"),
                () -> vm.saveNews(lang));
        copy.disableProperty().bind(text.textProperty().isEmpty());
        save.disableProperty().bind(text.textProperty().isEmpty());
        HBox bar = new HBox(8, copy, save);
        bar.getStyleClass().add("toolbar");
        VBox.setVgrow(text, Priority.ALWAYS);
        VBox box = new VBox(6, heading, text, bar);
        box.getStyleClass().add("after-panel");
        return box;
    }

    /** Counts, drafts and reads the notes for this meeting (or empties the tab). */
    public void show(Meeting meeting) {
        vm.show(meeting);
        conclusions.show(meeting);
    }

    public void onShown() {
        Subscription texts = Subscription.EMPTY;
        for (Lang lang : AfterMeetingViewModel.NEWS_LANGUAGES) {
            texts = texts.and(vm.newsProperty(lang).subscribe(news.get(lang)::setText));
        }
        bindings = Subscription.combine(texts, vm.summaryProperty().subscribe(summary::setText),
                vm.noticeProperty().subscribe(this::showNotice),
                conclusions.noticeProperty().subscribe(this::showNotice));
        conclusions.onShown();
    }

    private void showNotice(MeetingNotice n) {
        notice.setText(n.text());
        notice.getStyleClass().remove("notice-warning");
        if (n.warning()) {
            notice.getStyleClass().add("notice-warning");
        }
    }

    public void onHidden() {
        conclusions.onHidden();
        bindings.unsubscribe();
        bindings = Subscription.EMPTY;
    }

    public Node node() {
        return root;
    }
}
