package org.dialoguedesk.profile.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.profile.Indicator;
import org.dialoguedesk.profile.IndicatorChartPlan;
import org.dialoguedesk.profile.Profile;
import org.dialoguedesk.profile.SectionText;
import org.dialoguedesk.ui.DialogService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * The chosen section as a reader will see it, in a chosen language: its text and its indicator table
 * with the charts of its figures; and the figures' editor (add, edit, delete). Reads run on the store
 * thread; a section chosen meanwhile wins over one whose read comes back late.
 */
public final class SectionPreviewModel {

    /** A section's text in one language and its figures, as read on the store thread. */
    private record Loaded(String markdown, List<Indicator> indicators) {
    }

    private final ProfileServices services;
    private final JobRunner jobs;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Clock clock;
    private final ProfilesViewModel vm;
    private final ObjectProperty<Lang> lang = new SimpleObjectProperty<>(this, "lang");
    private final ReadOnlyStringWrapper markdown = new ReadOnlyStringWrapper(this, "markdown", "");
    private final ObservableList<Indicator> indicators = FXCollections.observableArrayList();
    private final ObservableList<IndicatorChartPlan> charts = FXCollections.observableArrayList();
    private final ObjectProperty<Indicator> selectedIndicator = new SimpleObjectProperty<>(this, "selectedIndicator");
    private Subscription subscriptions = Subscription.EMPTY;

    SectionPreviewModel(ProfileServices services, JobRunner jobs, DialogService dialogs, I18n i18n, Clock clock,
                        ProfilesViewModel vm) {
        this.services = services;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.clock = clock;
        this.vm = vm;
        lang.set(i18n.lang());
    }

    void activate() {
        subscriptions = Subscription.combine(
                vm.selectedSectionProperty().subscribe(s -> load()),
                lang.subscribe(l -> load()));
    }

    void deactivate() {
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
    }

    /** Reads the chosen section's text in the chosen language and its figures. */
    void load() {
        SectionRow row = vm.selectedSectionProperty().get();
        Profile profile = vm.profile().orElse(null);
        Lang language = lang.get();
        if (row == null || profile == null || language == null) {
            show(new Loaded("", List.of()));
            return;
        }
        jobs.run(i18n.get("profile.ui.job.loadPreview", row.title()), () -> new Loaded(
                services.profiles().text(profile.id(), row.code(), language).map(SectionText::markdown).orElse(""),
                services.profiles().indicators(profile.id()).stream()
                        .filter(i -> i.sectionId().equals(row.section().id()))
                        .sorted(Comparator.comparingInt(Indicator::position)).toList()), loaded -> {
            SectionRow now = vm.selectedSectionProperty().get();
            if (now != null && now.section().id().equals(row.section().id()) && lang.get() == language) {
                show(loaded);
            }
        });
    }

    private void show(Loaded loaded) {
        UUID keep = Optional.ofNullable(selectedIndicator.get()).map(Indicator::id).orElse(null);
        markdown.set(loaded.markdown());
        indicators.setAll(loaded.indicators());
        charts.setAll(IndicatorChartPlan.of(loaded.indicators(), lang.get()));
        selectedIndicator.set(indicators.stream().filter(i -> i.id().equals(keep)).findFirst().orElse(null));
    }

    /** Add…: a new figure for the chosen section, for last year unless told otherwise. */
    public void onAdd() {
        SectionRow row = vm.selectedSectionProperty().get();
        vm.profile().ifPresent(p -> {
            if (row != null) {
                dialogs.showForm(new IndicatorFormModel(services.profiles(), jobs, i18n, p, row, null,
                        LocalDate.now(clock).getYear() - 1, this::saved));
            }
        });
    }

    /** Edit…: the chosen figure, keeping where it came from. */
    public void onEdit() {
        SectionRow row = vm.selectedSectionProperty().get();
        Indicator chosen = selectedIndicator.get();
        vm.profile().ifPresent(p -> {
            if (row != null && chosen != null) {
                dialogs.showForm(new IndicatorFormModel(services.profiles(), jobs, i18n, p, row, chosen,
                        chosen.year(), this::saved));
            }
        });
    }

    /** Delete: after asking, the chosen figure goes. */
    public void onDelete() {
        Indicator chosen = selectedIndicator.get();
        Profile profile = vm.profile().orElse(null);
        if (chosen == null || profile == null) {
            return;
        }
        String name = i18n.get("profile.ui.indicator.name", label(chosen), String.valueOf(chosen.year()));
        if (!dialogs.confirm(i18n.get("profile.ui.indicator.delete.title"),
                i18n.get("profile.ui.indicator.delete.confirm", name))) {
            return;
        }
        jobs.run(i18n.get("profile.ui.job.deleteIndicator", name), () -> {
            services.profiles().deleteIndicator(profile.id(), chosen.id());
            return chosen;
        }, gone -> {
            selectedIndicator.set(null);
            load();
        }, e -> dialogs.showError(i18n.describe(e)));
    }

    private void saved(Indicator indicator) {
        selectedIndicator.set(indicator);
        load();
    }

    /** The indicator's label in the preview language. */
    public String label(Indicator i) {
        return i.label().in(lang.get() == null ? i18n.lang() : lang.get());
    }

    public BooleanBinding canAdd() {
        return vm.selectedSectionProperty().isNotNull();
    }

    public BooleanBinding canChangeIndicator() {
        return selectedIndicator.isNotNull();
    }

    public ObjectProperty<Lang> langProperty() {
        return lang;
    }

    public ReadOnlyStringProperty markdownProperty() {
        return markdown.getReadOnlyProperty();
    }

    public ObservableList<Indicator> indicators() {
        return indicators;
    }

    public ObservableList<IndicatorChartPlan> charts() {
        return charts;
    }

    public ObjectProperty<Indicator> selectedIndicatorProperty() {
        return selectedIndicator;
    }
}
