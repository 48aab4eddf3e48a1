package org.dialoguedesk.roster.ui;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.roster.CountryOverview;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.roster.Membership;
import org.dialoguedesk.roster.RosterService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/** The country page: a country's place in each dialogue, its focal points past and present, its bodies. */
public final class CountryViewModel {

    /** A membership of the country, with the dialogue's name. */
    public record MembershipRow(String dialogue, String role, LocalDate from, LocalDate to) {

        /** The row of a membership, naming its dialogue by acronym ("?" if unknown). */
        static MembershipRow of(Membership m, Map<UUID, Dialogue> dialogues, I18n i18n) {
            Dialogue d = dialogues.get(m.dialogueId());
            return new MembershipRow(d == null ? "?" : i18n.text(d.acronym()), i18n.name(m.role()), m.validFrom(),
                    m.validTo());
        }
    }

    /** A focal or contact point of the country, current or past. */
    public record FocalPointRow(String name, String nameAr, String type, String dialogue, LocalDate from,
                                LocalDate to, boolean current) {
    }

    /** An organisation based in the country. */
    public record OrganisationRow(String name, String type) {
    }

    private final RosterService roster;
    private final JobRunner jobs;
    private final I18n i18n;
    private final Clock clock;
    private final ObservableList<Country> countries = FXCollections.observableArrayList();
    private final ObjectProperty<Country> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<MembershipRow> memberships = FXCollections.observableArrayList();
    private final ObservableList<FocalPointRow> focalPoints = FXCollections.observableArrayList();
    private final ObservableList<OrganisationRow> organisations = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private Subscription subscriptions = Subscription.EMPTY;

    public CountryViewModel(RosterService roster, JobRunner jobs, I18n i18n, Clock clock) {
        this.roster = roster;
        this.jobs = jobs;
        this.i18n = i18n;
        this.clock = clock;
    }

    public void activate() {
        subscriptions = selected.subscribe(this::refresh);
        if (countries.isEmpty()) {
            Collator collator = Collator.getInstance(i18n.lang().locale());
            jobs.run(i18n.get("roster.ui.job.loadCountries"), roster::countries, list -> countries.setAll(
                    list.stream().sorted(Comparator.comparing((Country c) -> i18n.text(c.name()), collator)).toList()));
        }
        refresh();
    }

    public void deactivate() {
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
    }

    public void refresh() {
        Country c = selected.get();
        if (c == null) {
            heading.set("");
            memberships.clear();
            focalPoints.clear();
            organisations.clear();
            return;
        }
        LocalDate today = LocalDate.now(clock);
        jobs.run(i18n.get("roster.ui.job.loadCountry"), () -> {
            CountryOverview o = roster.countryOverview(c.code());
            Map<UUID, Dialogue> dialogues = roster.dialogues().stream()
                    .collect(Collectors.toMap(d -> d.meta().id(), Function.identity()));
            Function<UUID, String> dialogueName = id -> dialogues.containsKey(id)
                    ? i18n.text(dialogues.get(id).acronym()) : "?";
            List<MembershipRow> ms = o.memberships().stream().map(m -> MembershipRow.of(m, dialogues, i18n))
                    .toList();
            List<FocalPointRow> fps = o.focalPoints().stream().map(f -> new FocalPointRow(f.contact().name(),
                    f.contact().details().nameAr(), i18n.name(f.role().type()), dialogueName.apply(f.role().dialogueId()),
                    f.role().validFrom(), f.role().validTo(), f.role().isActiveOn(today))).toList();
            List<OrganisationRow> orgs = o.organisations().stream()
                    .map(org -> new OrganisationRow(org.label(i18n.lang()), i18n.name(org.type()))).toList();
            return new Page(ms, fps, orgs);
        }, page -> {
            heading.set(i18n.text(c.name()));
            memberships.setAll(page.memberships());
            focalPoints.setAll(page.focalPoints());
            organisations.setAll(page.organisations());
        });
    }

    private record Page(List<MembershipRow> memberships, List<FocalPointRow> focalPoints,
                        List<OrganisationRow> organisations) {
    }

    public ObservableList<Country> countries() {
        return countries;
    }

    public ObjectProperty<Country> selectedProperty() {
        return selected;
    }

    /** Chooses a country by its ISO code, once the list is loaded. */
    public void select(String code) {
        countries.stream().filter(c -> c.code().equals(code)).findFirst().ifPresent(selected::set);
    }

    public ObservableList<MembershipRow> memberships() {
        return memberships;
    }

    public ObservableList<FocalPointRow> focalPoints() {
        return focalPoints;
    }

    public ObservableList<OrganisationRow> organisations() {
        return organisations;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }
}
