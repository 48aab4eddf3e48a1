package org.dialoguedesk.profile.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.profile.CompilePlan;
import org.dialoguedesk.ui.FormCompletion;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * Update from round…: the officer chooses a round, sees every figure and answer text it would change
 * and every mapping it cannot follow, and only then applies it.
 */
public final class UpdateFormModel implements FormModel {

    private final ProfileServices services;
    private final JobRunner jobs;
    private final I18n i18n;
    private final ProfileRow profile;
    private final Consumer<CompilePlan> onApplied;
    private final ObservableList<RoundChoice> rounds;
    private final ObjectProperty<RoundChoice> round = new SimpleObjectProperty<>(this, "round");
    private final ReadOnlyObjectWrapper<CompilePlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ObservableList<String> changes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final FormErrors errors;
    private final FormCompletion completion = new FormCompletion();

    UpdateFormModel(ProfileServices services, JobRunner jobs, I18n i18n, ProfileRow profile, List<RoundChoice> rounds,
                    Consumer<CompilePlan> onApplied) {
        this.services = services;
        this.jobs = jobs;
        this.i18n = i18n;
        this.profile = profile;
        this.onApplied = onApplied;
        this.rounds = FXCollections.observableArrayList(rounds);
        this.errors = new FormErrors(i18n, "round");
        round.addListener((o, a, b) -> plan());
        if (!rounds.isEmpty()) {
            round.set(rounds.get(0));
        }
    }

    /** Works out on the store thread what the chosen round would change. */
    void plan() {
        RoundChoice chosen = round.get();
        plan.set(null);
        changes.clear();
        summary.set("");
        errors.clear();
        if (chosen == null) {
            return;
        }
        jobs.run(i18n.get("profile.ui.job.plan", chosen.title()),
                () -> new Planned(services.compiler().plan(profile.profile().id(), chosen.id()),
                        sectionTitles()), p -> {
                    if (chosen.equals(round.get())) {
                        show(p.plan(), p.sectionTitles(), chosen);
                    }
                }, errors::showFailure);
    }

    /** A plan with the template's section titles, both read on the store thread. */
    private record Planned(CompilePlan plan, Map<String, Localized> sectionTitles) {
    }

    private Map<String, Localized> sectionTitles() {
        Map<String, Localized> titles = new HashMap<>();
        services.profiles().template(profile.profile().templateId()).ifPresent(t -> t.sections()
                .forEach(s -> titles.put(s.code(), s.title())));
        return titles;
    }

    private String sectionName(Map<String, Localized> titles, String code) {
        Localized title = titles.get(code);
        return title == null ? code : title.in(i18n.lang());
    }

    /** One sentence per change, with the section and indicator named in the window language. */
    private void show(CompilePlan p, Map<String, Localized> titles, RoundChoice chosen) {
        List<String> lines = new ArrayList<>();
        for (CompilePlan.IndicatorChange c : p.indicators()) {
            String section = sectionName(titles, c.sectionCode());
            String indicator = c.after().label().in(i18n.lang());
            String year = String.valueOf(c.after().year());
            lines.add(c.before().isEmpty()
                    ? i18n.get("profile.ui.update.indicatorAdded", section, indicator, year, c.after().value(),
                    c.after().unit())
                    : c.valueChanges()
                    ? i18n.get("profile.ui.update.indicatorChanged", section, indicator, year, c.before(),
                    c.after().value(), c.after().unit())
                    : i18n.get("profile.ui.update.noteChanged", section, indicator, year, c.beforeNote(),
                    c.after().note()));
        }
        for (CompilePlan.TextChange t : p.texts()) {
            lines.add(i18n.get(t.before().isEmpty() ? "profile.ui.update.textInserted"
                    : "profile.ui.update.textReplaced", sectionName(titles, t.sectionCode()), i18n.name(t.lang()),
                    t.questionCode()));
        }
        for (Problem skipped : p.skipped()) {
            lines.add(i18n.get("profile.ui.update.skipped", i18n.format(skipped)));
        }
        changes.setAll(lines);
        summary.set(i18n.get(p.isEmpty() ? "profile.cli.upToDate" : "profile.ui.update.would",
                p.indicators().size(), p.texts().size(), chosen.title()));
        plan.set(p);
    }

    @Override
    public String title() {
        return i18n.get("profile.ui.update.title", profile.title());
    }

    @Override
    public String submitLabel() {
        return i18n.get("profile.ui.update.submit");
    }

    @Override
    public void submit() {
        CompilePlan p = plan.get();
        if (p == null || p.isEmpty()) {
            return;
        }
        completion.save(jobs, i18n.get("profile.ui.job.update", profile.title()), errors, () -> {
            services.compiler().apply(p);
            return p;
        }, onApplied);
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return completion.doneProperty();
    }

    /** Applying is possible once a plan with changes is shown. */
    @Override
    public ObservableBooleanValue submittableProperty() {
        return Bindings.createBooleanBinding(() -> plan.get() != null && !plan.get().isEmpty(), plan);
    }

    public ObservableList<RoundChoice> rounds() {
        return rounds;
    }

    public ObjectProperty<RoundChoice> roundProperty() {
        return round;
    }

    public ObservableList<String> changes() {
        return changes;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public FormErrors errors() {
        return errors;
    }
}
