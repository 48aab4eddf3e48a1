package org.dialoguedesk.roster.ui;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.animation.PauseTransition;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.controlsfx.control.textfield.TextFields;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.roster.Consent;
import org.dialoguedesk.roster.Contact;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;
import org.dialoguedesk.ui.Screen;

/**
 * Contacts: a search field that filters as you type, the results, and the chosen contact's
 * details with its roles history.
 */
public final class ContactsView implements Screen {

    static final Duration SEARCH_DELAY = Duration.millis(150);

    private final ContactsViewModel vm;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final TextField search = TextFields.createClearableTextField();
    private final TableView<ContactRow> table = new TableView<>();
    private final TableView<RoleRow> roles = new TableView<>();
    private final PauseTransition typing = new PauseTransition(SEARCH_DELAY);
    private final Label summary = new Label();
    private final Paragraph notice = new Paragraph();
    private final Paragraph name = new Paragraph();
    private final Label nameAr = new Label();
    private final GridPane facts = new GridPane();
    private final VBox details = new VBox(10);
    private final Paragraph noSelection = new Paragraph();
    private final Button edit = new Button();
    private final Button addRole = new Button();
    private final Button endRole = new Button();
    private Subscription bindings = Subscription.EMPTY;

    public ContactsView(ContactsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        build();
    }

    private void build() {
        root.getStyleClass().addAll("screen", "contacts-screen");
        search.setId("contact-search");
        search.getStyleClass().add("search-field");
        search.setPromptText(i18n.get("roster.ui.contacts.search.prompt"));
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(520);
        search.setPrefWidth(440);
        search.setMinWidth(240);
        Button add = new Button(i18n.get("roster.ui.contacts.add"));
        add.setId("add-contact");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> vm.onAddContact());
        Button importButton = new Button(i18n.get("roster.ui.contacts.import"));
        importButton.setId("import-contacts");
        importButton.setOnAction(e -> vm.onImport());
        Button exportButton = new Button(i18n.get("roster.ui.contacts.export"));
        exportButton.setId("export-contacts");
        exportButton.setOnAction(e -> vm.onExport());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        for (Button b : new Button[] {importButton, exportButton, add}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox toolbar = new HBox(8, search, grow, importButton, exportButton, add);
        toolbar.getStyleClass().add("toolbar");

        table.setId("contacts-table");
        table.setItems(vm.results());
        table.setPlaceholder(new Label(i18n.get("roster.ui.contacts.none")));
        table.getColumns().add(Cells.column(i18n.get("roster.ui.contacts.name"), r -> r.contact().name(), 190));
        table.getColumns().add(Cells.arabicColumn(i18n.get("roster.ui.contacts.nameAr"),
                r -> r.contact().details().nameAr(), 150));
        table.getColumns().add(Cells.wrappingColumn(i18n.get("roster.ui.contacts.organisation"),
                ContactRow::organisation, 230));
        table.getColumns().add(Cells.column(i18n.get("roster.ui.contacts.country"), ContactRow::country, 120));
        table.getColumns().add(Cells.ltrColumn(i18n.get("roster.ui.contacts.email"), ContactRow::email, 200));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        summary.setId("contact-count");
        summary.getStyleClass().add("summary");
        notice.setId("contacts-notice");
        notice.getStyleClass().add("notice");
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        VBox left = new VBox(10, toolbar, notice, table, summary);
        left.getStyleClass().add("screen-main");

        SplitPane split = new SplitPane(left, detailsPane());
        split.setDividerPositions(0.62);
        root.setCenter(split);
        root.setOnDragOver(e -> {
            if (droppedFile(e.getDragboard()) != null) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            Path file = droppedFile(e.getDragboard());
            e.setDropCompleted(file != null);
            e.consume();
            if (file != null) {
                vm.onFileDropped(file);
            }
        });
    }

    /** The one .csv or .xlsx file being dragged, or null. */
    private Path droppedFile(Dragboard board) {
        if (!board.hasFiles() || board.getFiles().size() != 1) {
            return null;
        }
        Path file = board.getFiles().get(0).toPath();
        return vm.canImport(file) ? file : null;
    }

    /** "since 1 Mar 2016" or "1 Mar 2010 – 31 Dec 2019": one column, so the narrow pane keeps its dates whole. */
    private String period(RoleRow r) {
        return r.role().validTo() == null
                ? i18n.get("roster.ui.roles.period.since", i18n.date(r.role().validFrom()))
                : i18n.get("roster.ui.roles.period.range", i18n.date(r.role().validFrom()), i18n.date(r.role().validTo()));
    }

    private Node detailsPane() {
        name.setId("details-name");
        name.getStyleClass().add("details-name");
        nameAr.setId("details-name-ar");
        nameAr.getStyleClass().add("details-name-ar");
        nameAr.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        facts.getStyleClass().add("facts");
        edit.setText(i18n.get("roster.ui.contacts.edit"));
        edit.setId("edit-contact");
        edit.setOnAction(e -> vm.onEditContact());

        Label rolesTitle = new Label(i18n.get("roster.ui.roles.title"));
        rolesTitle.getStyleClass().add("section-title");
        roles.setId("roles-table");
        roles.setItems(vm.roles());
        roles.setPlaceholder(new Label(i18n.get("roster.ui.roles.none")));
        // a narrow pane: long role and country names wrap rather than end in "…"
        roles.getColumns().add(Cells.wrappingColumn(i18n.get("roster.ui.roles.type"), r -> i18n.name(r.role().type()), 110));
        roles.getColumns().add(Cells.column(i18n.get("roster.ui.roles.dialogue"), RoleRow::dialogue, 80));
        roles.getColumns().add(Cells.wrappingColumn(i18n.get("roster.ui.roles.country"), RoleRow::country, 100));
        roles.getColumns().add(Cells.wrappingColumn(i18n.get("roster.ui.roles.period"), this::period, 110));
        roles.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        roles.setPrefHeight(180);
        VBox.setVgrow(roles, Priority.ALWAYS);
        addRole.setText(i18n.get("roster.ui.role.add"));
        addRole.setId("add-role");
        addRole.setOnAction(e -> vm.onAddRole());
        endRole.setText(i18n.get("roster.ui.role.end"));
        endRole.setId("end-role");
        endRole.setOnAction(e -> vm.onEndRole());
        HBox roleButtons = new HBox(8, addRole, endRole);

        details.setId("contact-details");
        details.getStyleClass().add("details");
        details.getChildren().setAll(name, nameAr, facts, edit, rolesTitle, roles, roleButtons);
        noSelection.setText(i18n.get("roster.ui.contacts.noSelection"));
        noSelection.getStyleClass().add("placeholder-text");
        VBox pane = new VBox(noSelection, details);
        pane.getStyleClass().add("details-pane");
        return pane;
    }

    private void showDetails(ContactRow row) {
        boolean has = row != null;
        details.setVisible(has);
        details.setManaged(has);
        noSelection.setVisible(!has);
        noSelection.setManaged(!has);
        facts.getChildren().clear();
        if (!has) {
            return;
        }
        Contact c = row.contact();
        name.setText(c.details().title().isEmpty() ? c.name() : c.details().title() + " " + c.name());
        nameAr.setText(c.details().nameAr());
        nameAr.setVisible(!c.details().nameAr().isEmpty());
        nameAr.setManaged(nameAr.isVisible());
        int r = 0;
        r = fact(r, "roster.ui.contacts.position", c.details().position());
        r = fact(r, "roster.ui.contacts.organisation", row.organisation());
        r = fact(r, "roster.ui.contacts.country", row.country());
        r = identifierFact(r, "roster.ui.contacts.email", String.join("\n", c.emails()));
        r = identifierFact(r, "roster.ui.contacts.phone", String.join("\n", c.details().phones()));
        r = fact(r, "roster.ui.contacts.languages", c.details().languages().stream().sorted()
                .map(Lang::name).map(n -> i18n.get("enum.Lang." + n)).collect(Collectors.joining(", ")));
        r = fact(r, "roster.ui.contacts.notes", c.details().notes());
        fact(r, "roster.ui.contacts.consent", c.details().consentRecord().map(this::consent).orElse(""));
    }

    /** Basis, date and source, one a line. */
    private String consent(Consent consent) {
        return Stream.of(i18n.name(consent.basis()), i18n.date(consent.date()), consent.source())
                .filter(s -> !s.isEmpty()).collect(Collectors.joining("\n"));
    }

    /** Emails and phone numbers read left to right, also in an Arabic window. */
    private int identifierFact(int row, String key, String value) {
        int next = fact(row, key, value);
        if (next > row) {
            facts.getChildren().get(facts.getChildren().size() - 1).setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        }
        return next;
    }

    private int fact(int row, String key, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label k = new Label(i18n.get(key));
        k.getStyleClass().add("fact-key");
        Paragraph v = new Paragraph(value);
        v.getStyleClass().add("fact-value");
        facts.addRow(row, k, v);
        return row + 1;
    }

    @Override
    public String key() {
        return "contacts";
    }

    @Override
    public String title() {
        return i18n.get("ui.nav.contacts");
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShown() {
        search.setText(vm.queryProperty().get());
        typing.setOnFinished(e -> vm.search());
        bindings = Subscription.combine(
                search.textProperty().subscribe(text -> {
                    if (!text.equals(vm.queryProperty().get())) {
                        vm.queryProperty().set(text);
                        typing.playFromStart();
                    }
                }),
                vm.queryProperty().subscribe(q -> {
                    if (!q.equals(search.getText())) {
                        search.setText(q);
                    }
                }),
                table.getSelectionModel().selectedItemProperty().subscribe(row -> {
                    if (row != vm.selectedProperty().get()) {
                        vm.selectedProperty().set(row);
                    }
                }),
                vm.selectedProperty().subscribe(row -> {
                    if (row != table.getSelectionModel().getSelectedItem()) {
                        table.getSelectionModel().select(row);
                        if (row != null) {
                            table.scrollTo(row);
                        }
                    }
                    showDetails(row);
                }),
                roles.getSelectionModel().selectedItemProperty().subscribe(vm.selectedRoleProperty()::set),
                vm.summaryProperty().subscribe(summary::setText),
                vm.noticeProperty().subscribe(notice::setText));
        edit.disableProperty().bind(vm.hasSelection().not());
        addRole.disableProperty().bind(vm.hasSelection().not());
        endRole.disableProperty().bind(vm.canEndRole().not());
        vm.activate();
    }

    @Override
    public void onHidden() {
        typing.stop();
        typing.setOnFinished(null);
        vm.deactivate();
        bindings.unsubscribe();
        bindings = Subscription.EMPTY;
        edit.disableProperty().unbind();
        addRole.disableProperty().unbind();
        endRole.disableProperty().unbind();
    }
}
