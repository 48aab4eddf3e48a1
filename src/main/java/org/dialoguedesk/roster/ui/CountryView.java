package org.dialoguedesk.roster.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.controlsfx.control.SearchableComboBox;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.roster.ui.CountryViewModel.FocalPointRow;
import org.dialoguedesk.roster.ui.CountryViewModel.MembershipRow;
import org.dialoguedesk.roster.ui.CountryViewModel.OrganisationRow;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Screen;

/** The country page. */
public final class CountryView implements Screen {

    private final CountryViewModel vm;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final SearchableComboBox<Country> picker = new SearchableComboBox<>();
    private final Label heading = new Label();
    private final Label hint = new Label();
    private final VBox sections = new VBox(12);
    private Subscription bindings = Subscription.EMPTY;

    public CountryView(CountryViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        build();
    }

    private void build() {
        root.getStyleClass().addAll("screen", "country-screen");
        picker.setId("country-picker");
        picker.setItems(vm.countries());
        picker.setPromptText(i18n.get("roster.ui.country.pick"));
        picker.setPrefWidth(320);
        Cells.nameItems(picker, c -> i18n.text(c.name()), i18n.get("roster.ui.country.pick"));
        Label pickLabel = new Label(i18n.get("roster.ui.country.country"));
        pickLabel.setLabelFor(picker);
        HBox toolbar = new HBox(8, pickLabel, picker);
        toolbar.getStyleClass().add("toolbar");
        heading.setId("country-heading");
        heading.getStyleClass().add("screen-title");

        TableView<MembershipRow> ms = RosterTables.memberships(i18n, vm.memberships(), "country-memberships",
                "roster.ui.country.noMemberships");

        TableView<OrganisationRow> orgs = new TableView<>(vm.organisations());
        orgs.setId("country-organisations");
        orgs.getColumns().add(Cells.wrappingColumn(i18n.get("roster.ui.country.organisation"), OrganisationRow::name, 320));
        orgs.getColumns().add(Cells.column(i18n.get("roster.ui.country.type"), OrganisationRow::type, 140));
        orgs.setPlaceholder(new Label(i18n.get("roster.ui.country.noOrganisations")));
        orgs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableView<FocalPointRow> fps = new TableView<>(vm.focalPoints());
        fps.setId("country-focal-points");
        fps.getColumns().add(Cells.column(i18n.get("roster.ui.contacts.name"), FocalPointRow::name, 190));
        fps.getColumns().add(Cells.arabicColumn(i18n.get("roster.ui.contacts.nameAr"), FocalPointRow::nameAr, 150));
        fps.getColumns().add(Cells.column(i18n.get("roster.ui.roles.type"), FocalPointRow::type, 160));
        fps.getColumns().add(Cells.column(i18n.get("roster.ui.country.dialogue"), FocalPointRow::dialogue, 110));
        fps.getColumns().add(Cells.column(i18n.get("roster.ui.members.from"), r -> i18n.date(r.from()), 110));
        fps.getColumns().add(Cells.column(i18n.get("roster.ui.members.to"),
                r -> r.current() ? i18n.get("roster.ui.country.current") : i18n.date(r.to()), 110));
        fps.setPlaceholder(new Label(i18n.get("roster.ui.country.noFocalPoints")));
        fps.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        HBox upper = new HBox(16, section("roster.ui.country.memberships", ms),
                section("roster.ui.country.organisations", orgs));
        upper.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        VBox lower = section("roster.ui.country.focalPoints", fps);
        VBox.setVgrow(upper, Priority.ALWAYS);
        VBox.setVgrow(lower, Priority.ALWAYS);
        sections.getChildren().setAll(heading, upper, lower);
        VBox.setVgrow(sections, Priority.ALWAYS);
        hint.setText(i18n.get("roster.ui.country.hint"));
        hint.getStyleClass().add("placeholder-text");
        VBox main = new VBox(12, toolbar, hint, sections);
        main.getStyleClass().add("screen-main");
        root.setCenter(main);
    }

    private VBox section(String titleKey, TableView<?> table) {
        return RosterTables.section(i18n, titleKey, table);
    }

    @Override
    public String key() {
        return "country";
    }

    @Override
    public String title() {
        return i18n.get("ui.nav.country");
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShown() {
        picker.setValue(vm.selectedProperty().get());
        bindings = Subscription.combine(
                picker.valueProperty().subscribe(c -> {
                    if (c != null) {
                        vm.selectedProperty().set(c);
                    }
                }),
                vm.selectedProperty().subscribe(picker::setValue),
                vm.selectedProperty().subscribe(c -> {
                    sections.setVisible(c != null);
                    sections.setManaged(c != null);
                    hint.setVisible(c == null);
                    hint.setManaged(c == null);
                }),
                vm.headingProperty().subscribe(heading::setText));
        vm.activate();
    }

    @Override
    public void onHidden() {
        vm.deactivate();
        bindings.unsubscribe();
        bindings = Subscription.EMPTY;
    }
}
