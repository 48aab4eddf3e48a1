package org.dialoguedesk.roster.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.util.Subscription;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.roster.NameFolding;
import org.dialoguedesk.roster.Organisation;
import org.dialoguedesk.roster.OrganisationOverview;
import org.dialoguedesk.roster.OrganisationType;
import org.dialoguedesk.roster.RosterService;
import org.dialoguedesk.roster.ui.CountryViewModel.MembershipRow;
import org.dialoguedesk.ui.DialogService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * The organisations screen: every organisation, narrowed by type, country and typed text as you
 * type (the list is small: filtering is in memory); the chosen one's memberships and contacts.
 */
public final class OrganisationsViewModel {

    /** A contact of the chosen organisation. */
    public record ContactLine(String name, String nameAr, String position, String emails) {
    }

    /** What one load reads: organisations (by label), every country (by name), the text each is found by. */
    private record Listing(List<Organisation> organisations, List<Country> countries,
                           Map<UUID, String> searchText) {
    }

    /** The chosen organisation's details, read on the store thread. */
    private record Details(OrganisationOverview overview, List<MembershipRow> memberships,
                           List<ContactLine> contacts) {
    }

    private final RosterService roster;
    private final JobRunner jobs;
    private final DialogService dialogs;
    private final I18n i18n;
    private final ObservableList<Organisation> all = FXCollections.observableArrayList();
    private final FilteredList<Organisation> shown = new FilteredList<>(all);
    private final ObservableList<Country> allCountries = FXCollections.observableArrayList();
    private final ObservableList<Country> filterCountries = FXCollections.observableArrayList();
    private final ObjectProperty<OrganisationType> typeFilter = new SimpleObjectProperty<>(this, "typeFilter");
    private final ObjectProperty<Country> countryFilter = new SimpleObjectProperty<>(this, "countryFilter");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<Organisation> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Organisation> detailed = new ReadOnlyObjectWrapper<>(this, "detailed");
    private final ReadOnlyStringWrapper detailedCountry = new ReadOnlyStringWrapper(this, "detailedCountry", "");
    private final ObservableList<MembershipRow> memberships = FXCollections.observableArrayList();
    private final ObservableList<ContactLine> contacts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private Map<UUID, String> searchText = Map.of();
    private Map<String, Country> countryByCode = Map.of();
    private Subscription subscriptions = Subscription.EMPTY;

    public OrganisationsViewModel(RosterService roster, JobRunner jobs, DialogService dialogs, I18n i18n) {
        this.roster = roster;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    public void activate() {
        subscriptions = Subscription.combine(
                typeFilter.subscribe(this::applyFilter),
                countryFilter.subscribe(this::applyFilter),
                query.subscribe(this::applyFilter),
                selected.subscribe(this::showDetails));
        load(Optional.ofNullable(selected.get()).map(o -> o.meta().id()));
    }

    public void deactivate() {
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
    }

    private void load(Optional<UUID> select) {
        jobs.run(i18n.get("roster.ui.job.loadOrganisations"), this::read, listing -> {
            searchText = listing.searchText();
            countryByCode = listing.countries().stream().collect(Collectors.toMap(Country::code, c -> c));
            allCountries.setAll(listing.countries());
            List<Country> used = new java.util.ArrayList<>();
            used.add(null);
            listing.countries().stream().filter(c -> listing.organisations().stream()
                    .anyMatch(o -> c.code().equals(o.countryCode()))).forEach(used::add);
            if (!used.equals(filterCountries)) {
                // one change, "all countries" first: a combo box keeps its selected index across changes
                Country chosen = countryFilter.get();
                filterCountries.setAll(used);
                countryFilter.set(chosen);
            }
            all.setAll(listing.organisations());
            applyFilter();
            Organisation again = select.flatMap(id -> all.stream().filter(o -> o.meta().id().equals(id)).findFirst())
                    .orElse(null);
            if (Objects.equals(again, selected.get())) {
                showDetails();
            } else {
                selected.set(again);
            }
        });
    }

    private Listing read() {
        List<Country> countries = RosterLookup.countries(roster, i18n);
        Map<String, Country> byCode = countries.stream().collect(Collectors.toMap(Country::code, c -> c));
        List<Organisation> organisations = RosterLookup.organisations(roster, i18n);
        Map<UUID, String> text = organisations.stream().collect(Collectors.toMap(o -> o.meta().id(), o -> {
            Country c = o.countryCode() == null ? null : byCode.get(o.countryCode());
            return NameFolding.searchKey(String.join(" ", o.refKey(), o.acronym(), o.name().en(), o.name().fr(),
                    o.name().ar(), c == null ? "" : c.name().en() + " " + c.name().fr() + " " + c.name().ar()));
        }));
        return new Listing(organisations, countries, text);
    }

    private void applyFilter() {
        OrganisationType type = typeFilter.get();
        String code = countryFilter.get() == null ? null : countryFilter.get().code();
        String[] words = NameFolding.searchKey(query.get() == null ? "" : query.get()).split("\\s+");
        shown.setPredicate(o -> (type == null || o.type() == type)
                && (code == null || code.equals(o.countryCode()))
                && java.util.Arrays.stream(words).allMatch(w -> searchText.getOrDefault(o.meta().id(), "").contains(w)));
        summary.set(i18n.get("roster.ui.organisations.count", shown.size(), all.size()));
    }

    private void showDetails() {
        Organisation o = selected.get();
        if (o == null) {
            detailed.set(null);
            detailedCountry.set("");
            memberships.clear();
            contacts.clear();
            return;
        }
        jobs.run(i18n.get("roster.ui.job.loadOrganisation"), () -> {
            OrganisationOverview overview = roster.organisationOverview(o.meta().id());
            Map<UUID, Dialogue> dialogues = roster.dialogues().stream()
                    .collect(Collectors.toMap(d -> d.meta().id(), Function.identity()));
            List<MembershipRow> ms = overview.memberships().stream()
                    .map(m -> MembershipRow.of(m, dialogues, i18n)).toList();
            List<ContactLine> cs = overview.contacts().stream().map(c -> new ContactLine(c.name(),
                    c.details().nameAr(), c.details().position(), String.join(", ", c.emails()))).toList();
            return new Details(overview, ms, cs);
        }, details -> {
            detailedCountry.set(details.overview().country().map(c -> i18n.text(c.name())).orElse(""));
            detailed.set(details.overview().organisation());
            memberships.setAll(details.memberships());
            contacts.setAll(details.contacts());
        });
    }

    public void onAdd() {
        dialogs.showForm(new OrganisationFormModel(roster, jobs, i18n, Optional.empty(), allCountries,
                saved -> load(Optional.of(saved.meta().id()))));
    }

    public void onEdit() {
        Organisation o = detailed.get();
        if (o != null) {
            dialogs.showForm(new OrganisationFormModel(roster, jobs, i18n, Optional.of(o), allCountries,
                    saved -> load(Optional.of(saved.meta().id()))));
        }
    }

    /** The organisation's country in the window's language, or empty. */
    public String countryName(Organisation o) {
        Country c = o.countryCode() == null ? null : countryByCode.get(o.countryCode());
        return c == null ? Objects.requireNonNullElse(o.countryCode(), "") : i18n.text(c.name());
    }

    public ObservableList<Organisation> shown() {
        return shown;
    }

    public ObservableList<Country> filterCountries() {
        return filterCountries;
    }

    public ObjectProperty<OrganisationType> typeFilterProperty() {
        return typeFilter;
    }

    public ObjectProperty<Country> countryFilterProperty() {
        return countryFilter;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<Organisation> selectedProperty() {
        return selected;
    }

    /** The organisation whose details are shown (the fresh copy read with them). */
    public ReadOnlyObjectProperty<Organisation> detailedProperty() {
        return detailed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailedCountryProperty() {
        return detailedCountry.getReadOnlyProperty();
    }

    public ObservableList<MembershipRow> memberships() {
        return memberships;
    }

    public ObservableList<ContactLine> contacts() {
        return contacts;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
