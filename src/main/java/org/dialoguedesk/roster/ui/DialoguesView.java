package org.dialoguedesk.roster.ui;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.roster.MembershipRole;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Screen;

/** Dialogues on the left; the chosen one's members, with role and as-of filters, on the right. */
public final class DialoguesView implements Screen {

    private final DialoguesViewModel vm;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final ListView<Dialogue> list = new ListView<>();
    private final ComboBox<MembershipRole> roleFilter = new ComboBox<>();
    private final DatePicker asOf = new DatePicker();
    private final TableView<MemberRow> table = new TableView<>();
    private final Label title = new Label();
    private final DialogueDetailsPane details;
    private final Label summary = new Label();
    private final Button end = new Button();
    private Subscription bindings = Subscription.EMPTY;

    public DialoguesView(DialoguesViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.details = new DialogueDetailsPane(i18n);
        build();
    }

    private void build() {
        root.getStyleClass().addAll("screen", "dialogues-screen");
        list.setId("dialogue-list");
        list.getStyleClass().add("side-list");
        list.setItems(vm.dialogues());
        list.setCellFactory(Cells.named(d -> i18n.text(d.acronym())));
        list.setPrefWidth(190);

        title.setId("dialogue-title");
        title.getStyleClass().add("screen-title");
        Button edit = new Button(i18n.get("roster.ui.dialogue.edit"));
        edit.setId("edit-dialogue");
        edit.setOnAction(e -> vm.onEditDialogue());
        edit.disableProperty().bind(vm.selectedDialogueProperty().isNull());
        edit.setMinWidth(Region.USE_PREF_SIZE);
        Button addDialogue = new Button(i18n.get("roster.ui.dialogue.add"));
        addDialogue.setId("add-dialogue");
        addDialogue.getStyleClass().add("flat");
        addDialogue.setMaxWidth(Double.MAX_VALUE);
        addDialogue.setOnAction(e -> vm.onAddDialogue());

        ObservableList<MembershipRole> roles = FXCollections.observableArrayList();
        roles.add(null);
        roles.addAll(MembershipRole.values());
        roleFilter.setItems(roles);
        roleFilter.setId("role-filter");
        Cells.nameItems(roleFilter, i18n::name, i18n.get("roster.ui.dialogues.allRoles"));

        asOf.setId("as-of-date");
        asOf.setConverter(i18n.dateConverter());
        asOf.setPromptText(i18n.get("roster.ui.dialogues.asOf.prompt"));
        asOf.setPrefWidth(150);
        Button clearAsOf = new Button(i18n.get("roster.ui.dialogues.asOf.clear"));
        clearAsOf.setId("clear-as-of");
        clearAsOf.getStyleClass().add("flat");
        clearAsOf.setOnAction(e -> vm.onClearAsOf());
        clearAsOf.disableProperty().bind(vm.asOfProperty().isNull());

        Button add = new Button(i18n.get("roster.ui.membership.add"));
        add.setId("add-membership");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> vm.onAddMembership());
        end.setText(i18n.get("roster.ui.membership.end"));
        end.setId("end-membership");
        end.setOnAction(e -> vm.onEndMembership());

        Label roleLabel = new Label(i18n.get("roster.ui.dialogues.role"));
        roleLabel.setLabelFor(roleFilter);
        Label asOfLabel = new Label(i18n.get("roster.ui.dialogues.asOf"));
        asOfLabel.setLabelFor(asOf);
        HBox toolbar = new HBox(8, roleLabel, roleFilter, gap(), asOfLabel, asOf, clearAsOf);
        toolbar.getStyleClass().add("toolbar");
        toolbar.getChildren().forEach(n -> {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        VBox titles = new VBox(4, new HBox(12, title, edit), details.node());
        HBox.setHgrow(titles, Priority.ALWAYS);
        add.setMinWidth(Region.USE_PREF_SIZE);
        end.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(8, titles, add, end);
        header.getStyleClass().add("screen-header");

        table.setId("members-table");
        table.setItems(vm.members());
        table.setPlaceholder(new Label(i18n.get("roster.ui.dialogues.noMembers")));
        table.getColumns().add(Cells.wrappingColumn(i18n.get("roster.ui.members.member"), MemberRow::name, 300));
        table.getColumns().add(Cells.column(i18n.get("roster.ui.members.role"),
                r -> i18n.name(r.membership().role()), 160));
        table.getColumns().add(Cells.column(i18n.get("roster.ui.members.from"),
                r -> i18n.date(r.membership().validFrom()), 120));
        table.getColumns().add(Cells.column(i18n.get("roster.ui.members.to"),
                r -> i18n.date(r.membership().validTo()), 120));
        table.getColumns().add(Cells.column(i18n.get("roster.ui.members.note"), r -> r.membership().note(), 260));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        summary.setId("member-count");
        summary.getStyleClass().add("summary");
        VBox main = new VBox(10, header, toolbar, table, summary);
        main.getStyleClass().add("screen-main");
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox side = new VBox(list, addDialogue);
        side.getStyleClass().add("side-column");
        root.setLeft(side);
        root.setCenter(main);
    }

    private static Region gap() {
        Region r = new Region();
        r.setPrefWidth(12);
        return r;
    }

    @Override
    public String key() {
        return "dialogues";
    }

    @Override
    public String title() {
        return i18n.get("ui.nav.dialogues");
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShown() {
        list.getSelectionModel().select(vm.selectedDialogueProperty().get());
        roleFilter.setValue(vm.roleFilterProperty().get());
        asOf.setValue(vm.asOfProperty().get());
        bindings = Subscription.combine(
                list.getSelectionModel().selectedItemProperty().subscribe(d -> {
                    if (d != null) {
                        vm.selectedDialogueProperty().set(d);
                    }
                }),
                vm.selectedDialogueProperty().subscribe(this::showDialogue),
                roleFilter.valueProperty().subscribe(vm.roleFilterProperty()::set),
                asOf.valueProperty().subscribe(vm.asOfProperty()::set),
                vm.asOfProperty().subscribe(asOf::setValue),
                table.getSelectionModel().selectedItemProperty().subscribe(vm.selectedMemberProperty()::set),
                vm.summaryProperty().subscribe(summary::setText));
        end.disableProperty().bind(vm.canEndMembership().not());
        vm.activate();
    }

    private void showDialogue(Dialogue d) {
        if (d != null && list.getSelectionModel().getSelectedItem() != d) {
            list.getSelectionModel().select(d);
        }
        title.setText(d == null ? "" : i18n.text(d.acronym()));
        details.show(d, d == null ? "" : vm.secretariatName(d));
    }

    @Override
    public void onHidden() {
        vm.deactivate();
        bindings.unsubscribe();
        bindings = Subscription.EMPTY;
        end.disableProperty().unbind();
    }
}
