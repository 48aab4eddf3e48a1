package org.dialoguedesk.exchange.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import javafx.collections.ListChangeListener;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.dialoguedesk.bundle.MergeClass;
import org.dialoguedesk.exchange.ui.BundlesViewModel.CountRow;
import org.dialoguedesk.exchange.ui.BundlesViewModel.LogRow;
import org.dialoguedesk.exchange.ui.BundlesViewModel.Source;
import org.dialoguedesk.exchange.ui.BundlesViewModel.Step;
import org.dialoguedesk.ui.ActionButtons;
import org.dialoguedesk.ui.ArabicText;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;
import org.dialoguedesk.ui.Screen;

/**
 * Bundles from other desks: "Import a bundle…", the log of past imports, and while importing, the
 * passphrase question, then the preview with a card per conflict and the Import button, enabled once
 * every conflict field has a choice.
 */
public final class BundlesView implements Screen {

    private static final double ROW = 30;

    private final BundlesViewModel vm;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final Paragraph outcome = new Paragraph();
    private final Paragraph error = new Paragraph();
    private final Node start;
    private final Node passphrase;
    private final Node working;
    private final Node preview;
    private final PasswordField passphraseField = new PasswordField();
    private final Paragraph passphrasePrompt = new Paragraph();
    private final Paragraph passphraseProblem = new Paragraph();
    private final Label workingText = new Label();
    private final GridPane source = new GridPane();
    private final Paragraph decision = new Paragraph();
    private final TableView<CountRow> counts = new TableView<>();
    private final VBox conflictsSection = new VBox(10);
    private final VBox cards = new VBox(14);
    private final Button importButton = new Button();
    private final Button chooseButton = new Button();
    private Subscription bindings = Subscription.EMPTY;

    public BundlesView(BundlesViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        start = startPane();
        passphrase = passphrasePane();
        working = workingPane();
        preview = previewPane();
        build();
    }

    private void build() {
        root.getStyleClass().addAll("screen", "bundles-screen");
        ActionButtons.setUp(chooseButton, "import-bundle", i18n.get("exchange.ui.import.button"), vm::onImportBundle);
        chooseButton.getStyleClass().add("accent");
        Paragraph intro = new Paragraph(i18n.get("exchange.ui.intro"));
        intro.getStyleClass().add("placeholder-text");
        HBox.setHgrow(intro, Priority.ALWAYS);
        HBox toolbar = new HBox(14, chooseButton, intro);
        toolbar.getStyleClass().add("toolbar");
        outcome.setId("import-outcome");
        outcome.getStyleClass().add("import-fine");
        error.setId("import-error");
        error.getStyleClass().add("import-refused");
        for (Paragraph p : List.of(outcome, error)) {
            p.visibleProperty().bind(p.textProperty().isNotEmpty());
            p.managedProperty().bind(p.visibleProperty());
        }
        StackPane steps = new StackPane(start, passphrase, working, preview);
        VBox.setVgrow(steps, Priority.ALWAYS);
        VBox main = new VBox(10, toolbar, outcome, error, steps);
        main.getStyleClass().add("screen-main");
        root.setCenter(main);
    }

    private Node startPane() {
        TableView<LogRow> log = new TableView<>(vm.log());
        log.setId("import-log");
        log.setPlaceholder(new Label(i18n.get("exchange.ui.log.none")));
        log.getColumns().add(Cells.column(i18n.get("exchange.ui.log.when"), LogRow::when, 130));
        log.getColumns().add(Cells.column(i18n.get("exchange.ui.log.officer"), LogRow::officer, 120));
        log.getColumns().add(Cells.ownDirectionColumn(i18n.get("exchange.ui.log.file"), LogRow::file, 170));
        log.getColumns().add(Cells.ltrColumn(i18n.get("exchange.ui.log.source"), LogRow::source, 120));
        log.getColumns().add(Cells.ownDirectionColumn(i18n.get("exchange.ui.log.counts"), LogRow::counts, 260));
        log.getColumns().add(Cells.ownDirectionColumn(i18n.get("exchange.ui.log.outcome"), LogRow::outcome, 200));
        log.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(log, Priority.ALWAYS);
        return new VBox(8, sectionTitle("exchange.ui.log.title"), log);
    }

    private Node passphrasePane() {
        passphrasePrompt.getStyleClass().add("import-heading");
        passphraseField.setId("bundle-passphrase");
        passphraseField.setPromptText(i18n.get("exchange.ui.passphrase.label"));
        passphraseField.setPrefColumnCount(24);
        passphraseField.setMaxWidth(Region.USE_PREF_SIZE);
        passphraseField.setOnAction(e -> submitPassphrase());
        passphraseProblem.setId("passphrase-problem");
        passphraseProblem.getStyleClass().add("field-error");
        passphraseProblem.visibleProperty().bind(passphraseProblem.textProperty().isNotEmpty());
        passphraseProblem.managedProperty().bind(passphraseProblem.visibleProperty());
        Label caption = new Label(i18n.get("exchange.ui.passphrase.label"));
        caption.setLabelFor(passphraseField);
        HBox buttons = new HBox(8, ActionButtons.of("open-bundle", i18n.get("exchange.ui.passphrase.open"),
                this::submitPassphrase), ActionButtons.of("cancel-passphrase", i18n.get("ui.dialog.cancel"), vm::onCancel));
        VBox box = new VBox(10, passphrasePrompt, caption, passphraseField, passphraseProblem, buttons);
        box.getStyleClass().add("details-pane");
        box.setId("passphrase-pane");
        return box;
    }

    private void submitPassphrase() {
        char[] typed = passphraseField.getText().toCharArray();
        passphraseField.clear();
        vm.onPassphrase(typed);
    }

    private Node workingPane() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        VBox box = new VBox(14, spinner, workingText);
        box.getStyleClass().add("opening");
        return box;
    }

    private Node previewPane() {
        source.setId("import-source");
        source.getStyleClass().add("facts");
        counts.setId("import-counts");
        counts.setItems(vm.counts());
        counts.getColumns().add(Cells.column(i18n.get("exchange.ui.preview.kind"), CountRow::kind, 200));
        counts.getColumns().add(number(MergeClass.NEW, CountRow::fresh));
        counts.getColumns().add(number(MergeClass.UPDATED, CountRow::updated));
        counts.getColumns().add(number(MergeClass.UNCHANGED, CountRow::unchanged));
        counts.getColumns().add(number(MergeClass.LOCAL_NEWER, CountRow::localNewer));
        counts.getColumns().add(number(MergeClass.CONFLICT, CountRow::conflicts));
        counts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        counts.setFixedCellSize(ROW);
        counts.setFocusTraversable(false);

        HBox shortcuts = new HBox(8,
                ActionButtons.of("keep-all-mine", i18n.get("exchange.ui.keepAllMine"), vm::onKeepAllMine),
                ActionButtons.of("take-all-theirs", i18n.get("exchange.ui.takeAllTheirs"), vm::onTakeAllTheirs));
        conflictsSection.getChildren().setAll(sectionTitle("exchange.ui.preview.conflicts"), shortcuts, cards);
        conflictsSection.setId("import-conflicts");
        VBox body = new VBox(12, source, sectionTitle("exchange.ui.preview.counts"), counts, conflictsSection);
        body.getStyleClass().add("import-preview");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setId("import-preview");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        decision.setId("import-decision");
        decision.getStyleClass().add("import-decision");
        HBox.setHgrow(decision, Priority.ALWAYS);
        decision.setMaxWidth(Double.MAX_VALUE);
        ActionButtons.setUp(importButton, "apply-import", i18n.get("exchange.ui.import.apply"), vm::onImport);
        importButton.getStyleClass().add("accent");
        HBox actions = new HBox(10, decision, ActionButtons.of("cancel-import", i18n.get("ui.dialog.cancel"),
                vm::onCancel), importButton);
        actions.getStyleClass().add("import-actions");
        VBox pane = new VBox(10, scroll, actions);
        pane.setId("preview-pane");
        return pane;
    }

    private TableColumn<CountRow, String> number(MergeClass c, ToIntFunction<CountRow> n) {
        TableColumn<CountRow, String> column = Cells.column(i18n.name(c),
                r -> Integer.toString(n.applyAsInt(r)), 100);
        column.getStyleClass().add("number-column");
        return column;
    }

    private Label sectionTitle(String key) {
        Label title = new Label(i18n.get(key));
        title.getStyleClass().add("section-title");
        return title;
    }

    private void showStep(Step step) {
        for (Node pane : List.of(start, passphrase, working, preview)) {
            boolean shown = pane == switch (step) {
                case START -> start;
                case PASSPHRASE -> passphrase;
                case WORKING -> working;
                case PREVIEW -> preview;
            };
            pane.setVisible(shown);
            pane.setManaged(shown);
        }
        chooseButton.setDisable(step == Step.WORKING);
        if (step == Step.PASSPHRASE) {
            passphraseField.requestFocus();
        }
    }

    /** The bundle's origin as facts, each value in the direction of its own script (a desk id stays whole). */
    private void showSource(Source s) {
        source.getChildren().clear();
        if (s == null) {
            return;
        }
        fact("exchange.ui.source.file", s.file());
        fact("exchange.ui.source.officer", s.officer());
        fact("exchange.ui.source.organisation", s.organisation());
        fact("exchange.ui.source.date", s.date());
        fact("exchange.ui.source.desk", s.desk());
        fact("exchange.ui.source.selection", s.selection());
    }

    private void fact(String key, String value) {
        Label k = new Label(i18n.get(key));
        k.getStyleClass().add("fact-key");
        Paragraph v = new Paragraph(value);
        v.getStyleClass().add("fact-value");
        v.setNodeOrientation(ArabicText.in(value) ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        source.addRow(source.getRowCount(), k, v);
    }

    private void showConflicts() {
        List<Node> shown = new ArrayList<>();
        for (int i = 0; i < vm.conflicts().size(); i++) {
            shown.add(ConflictCards.of(vm.conflicts().get(i), i, i18n));
        }
        cards.getChildren().setAll(shown);
        conflictsSection.setVisible(!shown.isEmpty());
        conflictsSection.setManaged(!shown.isEmpty());
        counts.setPrefHeight(ROW * (vm.counts().size() + 1) + 2);
    }

    @Override
    public String key() {
        return "bundles";
    }

    @Override
    public String title() {
        return i18n.get("ui.nav.bundles");
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShown() {
        ListChangeListener<ConflictChoices> onConflicts = change -> showConflicts();
        vm.conflicts().addListener(onConflicts);
        bindings = Subscription.combine(
                () -> vm.conflicts().removeListener(onConflicts),
                vm.stepProperty().subscribe(this::showStep),
                vm.outcomeProperty().subscribe(outcome::setText),
                vm.errorProperty().subscribe(error::setText),
                vm.sourceProperty().subscribe(this::showSource),
                vm.decisionProperty().subscribe(decision::setText),
                vm.passphraseProblemProperty().subscribe(passphraseProblem::setText),
                vm.fileNameProperty().subscribe(name -> {
                    passphrasePrompt.setText(i18n.get("exchange.ui.passphrase.prompt", name));
                    workingText.setText(i18n.get("exchange.ui.working", name));
                }));
        importButton.disableProperty().bind(vm.importableProperty().not());
        showConflicts();
        vm.activate();
    }

    @Override
    public void onHidden() {
        vm.deactivate();
        bindings.unsubscribe();
        bindings = Subscription.EMPTY;
        importButton.disableProperty().unbind();
    }
}
