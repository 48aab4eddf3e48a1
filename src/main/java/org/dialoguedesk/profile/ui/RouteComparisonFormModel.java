package org.dialoguedesk.profile.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.profile.ComparisonTable;
import org.dialoguedesk.profile.RouteComparison;
import org.dialoguedesk.ui.DialogService;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * Compare countries…: a route's countries side by side on their country profiles' figures, the latest
 * year of each or one chosen year, in a chosen language; from here the comparison can be inserted into
 * a section of the route profile ({@link ComparisonInsertFormModel} shows what would change first).
 */
public final class RouteComparisonFormModel implements FormModel {

    private final ProfileServices services;
    private final JobRunner jobs;
    private final DialogService dialogs;
    private final I18n i18n;
    private final ProfileRow route;
    private final List<SectionRow> sections;
    private final Consumer<String> onInserted;
    private final ObjectProperty<Lang> lang = new SimpleObjectProperty<>(this, "lang");
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>(this, "year");
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<ComparisonRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RouteComparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper legend = new ReadOnlyStringWrapper(this, "legend", "");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done", false);

    /** The year choice that stands for each country's latest year (a combo box shows no null item). */
    public static final Integer LATEST = 0;

    /**
     * @param sections the route profile's sections, one of which the comparison may go into
     * @param onInserted called with the section's title once the comparison was inserted
     */
    RouteComparisonFormModel(ProfileServices services, JobRunner jobs, DialogService dialogs, I18n i18n,
                             ProfileRow route, List<SectionRow> sections, Consumer<String> onInserted) {
        this.services = services;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.route = route;
        this.sections = List.copyOf(sections);
        this.onInserted = onInserted;
        lang.set(i18n.lang());
        year.set(LATEST);
        years.add(LATEST);
        lang.addListener((o, a, b) -> show());
        year.addListener((o, a, b) -> compare());
        compare();
    }

    /** Reads the comparison for the chosen year on the store thread. */
    void compare() {
        Integer wanted = year.get() == null || LATEST.equals(year.get()) ? null : year.get();
        jobs.run(i18n.get("profile.ui.compare.job", route.title()),
                () -> services.comparisons().compare(route.profile().id(), wanted), c -> {
                    if (java.util.Objects.equals(wanted, chosenYear())) {
                        comparison.set(c);
                        if (wanted == null) {
                            List<Integer> known = new ArrayList<>();
                            known.add(LATEST);
                            known.addAll(c.years());
                            years.setAll(known);
                        }
                        show();
                    }
                }, e -> dialogs.showError(i18n.describe(e)));
    }

    /** The comparison in the chosen language: no store access, so a language change is immediate. */
    private void show() {
        RouteComparison c = comparison.get();
        if (c == null) {
            return;
        }
        ComparisonTable table = new ComparisonTable(lang.get() == null ? i18n.lang() : lang.get());
        List<ComparisonRow> shown = new ArrayList<>();
        for (RouteComparison.Row r : c.rows()) {
            shown.add(new ComparisonRow(r.code(), r.label().in(table.lang()), table.unit(r.unit()),
                    r.cells().stream().map(cell -> table.cell(r, cell)).toList(),
                    r.cells().stream().map(table::citation).toList(),
                    r.cells().stream().map(RouteComparison.Cell::state).toList()));
        }
        columns.setAll(c.columns().stream().map(table::countryName).toList());
        rows.setAll(shown);
        summary.set(i18n.get("profile.ui.compare.summary", c.countriesWithProfile(), c.columns().size(),
                c.rows().size()));
        legend.set(c.rows().isEmpty() ? i18n.get("profile.ui.compare.empty") : table.legend(c));
    }

    /** Insert into section…: which section, and what would change in it, before anything is written. */
    public void onInsert() {
        if (comparison.get() == null || sections.isEmpty()) {
            return;
        }
        dialogs.showForm(new ComparisonInsertFormModel(services, jobs, i18n, route, sections, chosenYear(),
                lang.get(), onInserted));
    }

    /** The year chosen, or null for each country's latest. */
    private Integer chosenYear() {
        return year.get() == null || LATEST.equals(year.get()) ? null : year.get();
    }

    /** "Latest year" for {@link #LATEST}, else the year. */
    public String yearLabel(Integer y) {
        return y == null || LATEST.equals(y) ? i18n.get("profile.ui.compare.latestYear") : String.valueOf(y);
    }

    public String langLabel(Lang l) {
        return i18n.name(l);
    }

    @Override
    public String title() {
        return i18n.get("profile.ui.compare.title", route.title());
    }

    @Override
    public String submitLabel() {
        return i18n.get("profile.ui.compare.close");
    }

    @Override
    public void submit() {
        done.set(true);
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ObjectProperty<Lang> langProperty() {
        return lang;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    /** The route countries' names in the chosen language, in route order: one table column each. */
    public ObservableList<String> columns() {
        return columns;
    }

    public ObservableList<ComparisonRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<RouteComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty legendProperty() {
        return legend.getReadOnlyProperty();
    }

    public boolean canInsert() {
        return !sections.isEmpty();
    }
}
