package org.dialoguedesk.roster.ui;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.controlsfx.control.SearchableComboBox;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.roster.Organisation;
import org.dialoguedesk.roster.OrganisationType;
import org.dialoguedesk.roster.ui.OrganisationsViewModel.ContactLine;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;
import org.dialoguedesk.ui.Screen;

/** Organisations in a filterable table; the chosen one's names, country, memberships and contacts beside it. */
public final class OrganisationsView implements Screen {

    private final OrganisationsViewModel vm;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final ComboBox<OrganisationType> typeFilter = new ComboBox<>();
    private final SearchableComboBox<Country> countryFilter = new SearchableComboBox<>();
    private final TableView<Organisation> table = new TableView<>();
    private final Label summary = new Label();
    private final Paragraph heading = new Paragraph();
    private final Paragraph nameEn = new Paragraph();
    private final Paragraph nameFr = new Paragraph();
    private final Paragraph nameAr = new Paragraph();
    private final Paragraph type = new Paragraph();
    private final Paragraph country = new Paragraph();
    private final Paragraph key = new Paragraph();
    private final Button edit = new Button();
    private final VBox details = new VBox(12);
    private final Paragraph hint = new Paragraph();
    private Subscription bindings = Subscription.EMPTY;

    public OrganisationsView(OrganisationsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        build();
    }

    private void build() {
        root.getStyleClass().addAll("screen", "organisations-screen");
        search.setId("organisation-search");
        search.getStyleClass().add("search-field");
        search.setPromptText(i18n.get("roster.ui.organisations.search.prompt"));
        HBox.setHgrow(search, Priority.ALWAYS);
        ObservableList<OrganisationType> types = FXCollections.observableArrayList();
        types.add(null);
        types.addAll(OrganisationType.values());
        typeFilter.setItems(types);
        typeFilter.setId("organisation-type-filter");
        Cells.nameItems(typeFilter, i18n::name, i18n.get("roster.ui.organisations.allTypes"));
        countryFilter.setItems(vm.filterCountries());
        countryFilter.setId("organisation-country-filter");
        countryFilter.setPrefWidth(200);
        countryFilter.setPromptText(i18n.get("roster.ui.organisations.allCountries"));
        Cells.nameItems(countryFilter, c -> i18n.text(c.name()), i18n.get("roster.ui.organisations.allCountries"));
        Button add = new Button(i18n.get("roster.ui.organisation.add"));
        add.setId("add-organisation");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> vm.onAdd());
        HBox toolbar = new HBox(8, search, typeFilter, countryFilter, add);
        toolbar.getStyleClass().add("toolbar");
        toolbar.getChildren().forEach(n -> {
            if (n instanceof Region r && n != search) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        });

        SortedList<Organisation> sorted = new SortedList<>(vm.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("organisations-table");
        table.setPlaceholder(new Label(i18n.get("roster.ui.organisations.none")));
        table.getColumns().add(Cells.column(i18n.get("roster.ui.organisation.acronym"), Organisation::acronym, 100));
        table.getColumns().add(Cells.wrappingColumn(i18n.get("roster.ui.organisation.name"),
                o -> o.name().in(i18n.lang()), 300));
        table.getColumns().add(Cells.column(i18n.get("roster.ui.organisation.type"), o -> i18n.name(o.type()), 130));
        table.getColumns().add(Cells.column(i18n.get("roster.ui.organisation.country"), vm::countryName, 130));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        summary.setId("organisation-count");
        summary.getStyleClass().add("summary");
        VBox left = new VBox(8, table, summary);

        SplitPane split = new SplitPane(left, detailsPane());
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox main = new VBox(10, toolbar, split);
        main.getStyleClass().add("screen-main");
        root.setCenter(main);
    }

    private Node detailsPane() {
        heading.setId("organisation-heading");
        heading.getStyleClass().add("details-name");
        edit.setText(i18n.get("roster.ui.organisation.edit"));
        edit.setId("edit-organisation");
        edit.setMinWidth(Region.USE_PREF_SIZE);
        edit.setOnAction(e -> vm.onEdit());
        HBox.setHgrow(heading, Priority.ALWAYS);
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(8, heading, edit);

        nameAr.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        nameAr.getStyleClass().add("details-name-ar");
        nameEn.setId("organisation-name-en-value");
        nameAr.setId("organisation-name-ar-value");
        country.setId("organisation-country-value");
        GridPane facts = new GridPane();
        facts.getStyleClass().add("facts");
        String name = i18n.get("roster.ui.organisation.name");
        fact(facts, i18n.get("ui.form.inLanguage", name, i18n.name(Lang.EN)), nameEn);
        fact(facts, i18n.get("ui.form.inLanguage", name, i18n.name(Lang.FR)), nameFr);
        fact(facts, i18n.get("ui.form.inLanguage", name, i18n.name(Lang.AR)), nameAr);
        fact(facts, i18n.get("roster.ui.organisation.type"), type);
        fact(facts, i18n.get("roster.ui.organisation.country"), country);
        fact(facts, i18n.get("roster.ui.organisation.key"), key);

        TableView<CountryViewModel.MembershipRow> ms = RosterTables.memberships(i18n, vm.memberships(),
                "organisation-memberships", "roster.ui.organisation.noMemberships");
        TableView<ContactLine> cs = new TableView<>(vm.contacts());
        cs.setId("organisation-contacts");
        cs.getColumns().add(Cells.column(i18n.get("roster.ui.contacts.name"), ContactLine::name, 160));
        cs.getColumns().add(Cells.arabicColumn(i18n.get("roster.ui.contacts.nameAr"), ContactLine::nameAr, 120));
        cs.getColumns().add(Cells.column(i18n.get("roster.ui.organisation.position"), ContactLine::position, 140));
        cs.getColumns().add(Cells.ltrColumn(i18n.get("roster.ui.organisation.emails"), ContactLine::emails, 180));
        cs.setPlaceholder(new Label(i18n.get("roster.ui.organisation.noContacts")));
        cs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        details.setId("organisation-details");
        details.getChildren().setAll(top, facts, RosterTables.section(i18n, "roster.ui.organisation.memberships", ms),
                RosterTables.section(i18n, "roster.ui.organisation.contacts", cs));
        hint.setText(i18n.get("roster.ui.organisations.hint"));
        hint.getStyleClass().add("placeholder-text");
        VBox box = new VBox(hint, details);
        box.getStyleClass().add("details-pane");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        return scroll;
    }

    private static void fact(GridPane facts, String caption, Paragraph value) {
        Label k = new Label(caption);
        k.getStyleClass().add("fact-key");
        value.getStyleClass().add("fact-value");
        facts.addRow(facts.getRowCount(), k, value);
    }

    private void showDetails(Organisation o) {
        details.setVisible(o != null);
        details.setManaged(o != null);
        hint.setVisible(o == null);
        hint.setManaged(o == null);
        if (o == null) {
            return;
        }
        heading.setText(o.label(i18n.lang()));
        nameEn.setText(o.name().en());
        nameFr.setText(o.name().fr());
        nameAr.setText(o.name().ar());
        type.setText(i18n.name(o.type()));
        key.setText(o.refKey());
    }

    @Override
    public String key() {
        return "organisations";
    }

    @Override
    public String title() {
        return i18n.get("ui.nav.organisations");
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShown() {
        search.setText(vm.queryProperty().get());
        typeFilter.setValue(vm.typeFilterProperty().get());
        countryFilter.setValue(vm.countryFilterProperty().get());
        bindings = Subscription.combine(
                search.textProperty().subscribe(vm.queryProperty()::set),
                typeFilter.valueProperty().subscribe(vm.typeFilterProperty()::set),
                countryFilter.valueProperty().subscribe(vm.countryFilterProperty()::set),
                vm.countryFilterProperty().subscribe(countryFilter::setValue),
                table.getSelectionModel().selectedItemProperty().subscribe(o -> {
                    if (o != null) {
                        vm.selectedProperty().set(o);
                    }
                }),
                vm.selectedProperty().subscribe(o -> {
                    if (o != null && table.getSelectionModel().getSelectedItem() != o) {
                        table.getSelectionModel().select(o);
                        table.scrollTo(o);
                    }
                }),
                vm.detailedProperty().subscribe(this::showDetails),
                vm.detailedCountryProperty().subscribe(country::setText),
                vm.summaryProperty().subscribe(summary::setText));
        edit.disableProperty().bind(vm.detailedProperty().isNull());
        vm.activate();
    }

    @Override
    public void onHidden() {
        vm.deactivate();
        bindings.unsubscribe();
        bindings = Subscription.EMPTY;
        edit.disableProperty().unbind();
    }
}
