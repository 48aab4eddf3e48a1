package org.dialoguedesk.questionnaire.ui;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.dialoguedesk.questionnaire.StatusChange;
import org.dialoguedesk.ui.ActionButtons;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;
import org.dialoguedesk.ui.Screen;

/**
 * Rounds on the left; the chosen round's status board on the right: response rate and counts per
 * status, the recipients with their status, date and completeness (overdue rows marked), and the
 * history of the chosen recipient.
 */
public final class RoundsView implements Screen {

    private final RoundsViewModel vm;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final ListView<RoundRow> list = new ListView<>();
    private final Label title = new Label();
    private final Paragraph details = new Paragraph();
    private final Paragraph notice = new Paragraph();
    private final Label noticeFolder = new Label();
    private final VBox noticeBox = new VBox(2, notice, noticeFolder);
    private final Label rate = new Label();
    private final Label answered = new Label();
    private final Label overdue = new Label();
    private final RoundStatusChart chart;
    private final TableView<RoundRecipientRow> table;
    private final TableView<StatusChange> history;
    private final Paragraph historyTitle = new Paragraph();
    private final Paragraph completenessNote = new Paragraph();
    private final Button changeStatus = new Button();
    private final Button addRecipient = new Button();
    private final Button removeRecipient = new Button();
    private final Button generateForms = new Button();
    private final Button printForms = new Button();
    private final Button importForms = new Button();
    private final Button exportAnswers = new Button();
    private final TabPane tabs = new TabPane();
    private final Tab answersTab = new Tab();
    private final VBox board = new VBox(10);
    private final Label empty = new Label();
    private final ListChangeListener<RoundStatusCount> countsChanged;
    private Subscription bindings = Subscription.EMPTY;

    public RoundsView(RoundsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.chart = new RoundStatusChart(i18n);
        this.table = RoundTables.recipients(vm, i18n);
        this.history = RoundTables.history(vm.history(), i18n);
        this.countsChanged = change -> chart.show(vm.counts());
        build();
    }

    private void build() {
        root.getStyleClass().addAll("screen", "rounds-screen");
        list.setId("round-list");
        list.getStyleClass().addAll("side-list", "round-list");
        list.setItems(vm.rounds());
        list.setCellFactory(l -> new RoundListCell(i18n));
        list.setPrefWidth(230);
        list.setPlaceholder(new Label(i18n.get("questionnaire.rounds.none")));
        Button newRound = button("new-round", "questionnaire.rounds.newRound", vm.actions()::onNewRound);
        newRound.getStyleClass().add("flat");
        newRound.setMaxWidth(Double.MAX_VALUE);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox side = new VBox(list, newRound);
        side.getStyleClass().add("side-column");

        title.setId("round-title");
        title.getStyleClass().add("screen-title");
        details.setId("round-details");
        details.getStyleClass().add("screen-subtitle");
        VBox titles = new VBox(4, title, details);
        HBox.setHgrow(titles, Priority.ALWAYS);
        button(generateForms, "generate-forms", "questionnaire.rounds.forms", vm.actions()::onGenerateForms);
        button(importForms, "import-forms", "questionnaire.ui.import.button", vm.answerActions()::onImportForms);
        button(exportAnswers, "export-answers", "questionnaire.ui.export.button", vm.answerActions()::onExportAnswers);
        button(printForms, "print-forms", "questionnaire.rounds.prints", vm.actions()::onPrintForms);
        // the file actions on their own row: beside the title they would squeeze it to a word a line
        // a flow, so a narrow window wraps the buttons instead of cutting the last ones off
        javafx.scene.layout.FlowPane fileActions = new javafx.scene.layout.FlowPane(8, 8, generateForms, printForms,
                importForms, exportAnswers);
        fileActions.getStyleClass().add("toolbar");
        VBox header = new VBox(8, titles, fileActions);
        header.getStyleClass().add("screen-header");
        notice.setId("rounds-notice");
        notice.getStyleClass().add("notice-text");
        // a path read in an Arabic sentence would lose its leading slash to the other end
        noticeFolder.setId("rounds-notice-folder");
        noticeFolder.getStyleClass().add("notice-folder");
        noticeFolder.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        noticeFolder.visibleProperty().bind(noticeFolder.textProperty().isNotEmpty());
        noticeFolder.managedProperty().bind(noticeFolder.visibleProperty());
        noticeBox.getStyleClass().add("notice");
        noticeBox.visibleProperty().bind(notice.textProperty().isNotEmpty());
        noticeBox.managedProperty().bind(noticeBox.visibleProperty());

        button(changeStatus, "change-status", "questionnaire.rounds.changeStatus", vm.actions()::onChangeStatus);
        changeStatus.getStyleClass().add("accent");
        button(addRecipient, "add-recipient", "questionnaire.rounds.addRecipient", vm.actions()::onAddRecipient);
        button(removeRecipient, "remove-recipient", "questionnaire.rounds.removeRecipient",
                vm.actions()::onRemoveRecipient);
        HBox actions = new HBox(8, changeStatus, addRecipient, removeRecipient);
        actions.getStyleClass().add("toolbar");

        VBox.setVgrow(table, Priority.ALWAYS);
        table.setPrefHeight(260);
        completenessNote.setText(i18n.get("questionnaire.rounds.completeness.note"));
        completenessNote.getStyleClass().add("placeholder-text");
        historyTitle.setId("history-title");
        historyTitle.getStyleClass().add("section-title");
        history.setPrefHeight(110);
        history.setMinHeight(90);
        VBox status = new VBox(10, figures(), actions, table, completenessNote, historyTitle, history);
        status.getStyleClass().add("board-status");
        Tab statusTab = new Tab(i18n.get("questionnaire.ui.tab.status"), status);
        statusTab.setId("tab-status");
        answersTab.setText(i18n.get("questionnaire.ui.tab.answers"));
        answersTab.setId("tab-answers");
        answersTab.setContent(AnswerReviewPane.of(vm.review(), i18n));
        tabs.getTabs().setAll(statusTab, answersTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("round-tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        board.getChildren().setAll(header, noticeBox, tabs);
        acceptDroppedWorkbooks();
        empty.setText(i18n.get("questionnaire.rounds.empty"));
        empty.getStyleClass().add("placeholder-text");
        VBox main = new VBox(board, empty);
        VBox.setVgrow(board, Priority.ALWAYS);
        main.getStyleClass().add("screen-main");
        root.setLeft(side);
        root.setCenter(main);
    }

    /**
     * Returned workbooks dropped anywhere on the screen go to the import dialog, which finds each one's
     * round and country itself.
     */
    private void acceptDroppedWorkbooks() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream()
                    .anyMatch(f -> RoundAnswerActions.isWorkbook(f.toPath()))) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            List<Path> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles().stream().map(File::toPath)
                    .toList() : List.of();
            e.setDropCompleted(!files.isEmpty());
            e.consume();
            if (!files.isEmpty()) {
                vm.answerActions().importFiles(files);
            }
        });
    }

    /** The response rate in large, answered and overdue counts under it, the stacked bar beside. */
    private Node figures() {
        rate.setId("response-rate");
        rate.getStyleClass().add("response-rate");
        Label rateCaption = new Label(i18n.get("questionnaire.rounds.rateCaption"));
        rateCaption.getStyleClass().add("summary");
        answered.setId("answered-count");
        overdue.setId("overdue-count");
        overdue.getStyleClass().add("overdue-chip");
        overdue.visibleProperty().bind(overdue.textProperty().isNotEmpty());
        overdue.managedProperty().bind(overdue.visibleProperty());
        VBox figures = new VBox(2, rate, rateCaption, answered, overdue);
        figures.getStyleClass().add("rate-box");
        figures.setMinWidth(Region.USE_PREF_SIZE);
        HBox panel = new HBox(20, figures, chart.node());
        panel.getStyleClass().add("board-panel");
        return panel;
    }

    private Button button(String id, String key, Runnable action) {
        return ActionButtons.of(id, i18n.get(key), action);
    }

    private Button button(Button b, String id, String key, Runnable action) {
        return ActionButtons.setUp(b, id, i18n.get(key), action);
    }

    @Override
    public String key() {
        return "rounds";
    }

    @Override
    public String title() {
        return i18n.get("ui.nav.rounds");
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShown() {
        vm.counts().addListener(countsChanged);
        chart.show(vm.counts());
        bindings = Subscription.combine(
                () -> vm.counts().removeListener(countsChanged),
                list.getSelectionModel().selectedItemProperty().subscribe(r -> {
                    if (r != null) {
                        vm.selectedRoundProperty().set(r);
                    }
                }),
                vm.selectedRoundProperty().subscribe(this::showRound),
                table.getSelectionModel().selectedItemProperty().subscribe(vm.selectedRecipientProperty()::set),
                vm.selectedRecipientProperty().subscribe(this::showRecipient),
                vm.detailsProperty().subscribe(details::setText),
                vm.rateProperty().subscribe(rate::setText),
                vm.answeredTextProperty().subscribe(answered::setText),
                vm.overdueTextProperty().subscribe(overdue::setText),
                vm.noticeProperty().subscribe(notice::setText),
                vm.noticeFolderProperty().subscribe(noticeFolder::setText));
        changeStatus.disableProperty().bind(vm.actions().canChangeStatus().not());
        addRecipient.disableProperty().bind(vm.actions().canChangeRecipients().not());
        removeRecipient.disableProperty().bind(vm.actions().canRemoveRecipient().not());
        generateForms.disableProperty().bind(vm.actions().canGenerateForms().not());
        exportAnswers.disableProperty().bind(vm.actions().canGenerateForms().not());
        printForms.disableProperty().bind(vm.actions().canGenerateForms().not());
        completenessNote.visibleProperty().bind(vm.completenessUnknown().and(
                Bindings.isNotEmpty(vm.recipients())));
        completenessNote.managedProperty().bind(completenessNote.visibleProperty());
        vm.activate();
    }

    private void showRound(RoundRow r) {
        if (r != null && list.getSelectionModel().getSelectedItem() != r) {
            list.getSelectionModel().select(r);
        }
        title.setText(r == null ? "" : r.round().title());
        board.setVisible(r != null);
        board.setManaged(r != null);
        empty.setVisible(r == null);
        empty.setManaged(r == null);
    }

    private void showRecipient(RoundRecipientRow r) {
        if (r != null && table.getSelectionModel().getSelectedItem() != r) {
            table.getSelectionModel().select(r);
        }
        historyTitle.setText(r == null ? i18n.get("questionnaire.rounds.history.title.none")
                : i18n.get("questionnaire.rounds.history.title", r.country()));
    }

    @Override
    public void onHidden() {
        vm.deactivate();
        bindings.unsubscribe();
        bindings = Subscription.EMPTY;
        changeStatus.disableProperty().unbind();
        addRecipient.disableProperty().unbind();
        removeRecipient.disableProperty().unbind();
        generateForms.disableProperty().unbind();
        exportAnswers.disableProperty().unbind();
        printForms.disableProperty().unbind();
        completenessNote.visibleProperty().unbind();
    }
}
