package org.dialoguedesk.profile.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.profile.ComparisonInsert;
import org.dialoguedesk.profile.SectionStatus;
import org.dialoguedesk.ui.FormCompletion;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * Insert into section…: the officer chooses a section of the route profile and sees, language by
 * language, whether the comparison table would be added or would replace the one generated before,
 * the Markdown that would be written, and whether the section would go back to draft; only then is it
 * written.
 */
public final class ComparisonInsertFormModel implements FormModel {

    private final ProfileServices services;
    private final JobRunner jobs;
    private final I18n i18n;
    private final ProfileRow route;
    private final Integer year;
    private final Consumer<String> onInserted;
    private final ObservableList<SectionRow> sections;
    private final ObjectProperty<SectionRow> section = new SimpleObjectProperty<>(this, "section");
    private final ReadOnlyObjectWrapper<ComparisonInsert> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ObservableList<String> changes = FXCollections.observableArrayList();
    private final ObservableList<Lang> previewLangs = FXCollections.observableArrayList();
    private final ObjectProperty<Lang> previewLang = new SimpleObjectProperty<>(this, "previewLang");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final Lang preferredLang;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final FormErrors errors;
    private final FormCompletion completion = new FormCompletion();

    /** @param preferredLang the language whose table is previewed first, when the section is written in it */
    ComparisonInsertFormModel(ProfileServices services, JobRunner jobs, I18n i18n, ProfileRow route,
                              List<SectionRow> sections, Integer year, Lang preferredLang,
                              Consumer<String> onInserted) {
        this.preferredLang = preferredLang;
        this.services = services;
        this.jobs = jobs;
        this.i18n = i18n;
        this.route = route;
        this.year = year;
        this.onInserted = onInserted;
        this.sections = FXCollections.observableArrayList(sections);
        this.errors = new FormErrors(i18n, "section");
        section.addListener((o, a, b) -> plan());
        previewLang.addListener((o, a, b) -> showPreview());
        if (!sections.isEmpty()) {
            section.set(sections.get(0));
        }
    }

    /** Works out on the store thread what inserting into the chosen section would change. */
    void plan() {
        SectionRow chosen = section.get();
        plan.set(null);
        changes.clear();
        previewLangs.clear();
        preview.set("");
        summary.set("");
        errors.clear();
        if (chosen == null) {
            return;
        }
        jobs.run(i18n.get("profile.ui.compare.insert.job.plan", chosen.title()),
                () -> services.comparisons().plan(route.profile().id(), chosen.code(), year), p -> {
                    if (chosen.equals(section.get())) {
                        show(p, chosen);
                    }
                }, errors::showFailure);
    }

    private void show(ComparisonInsert p, SectionRow chosen) {
        List<String> lines = new ArrayList<>();
        for (ComparisonInsert.Change c : p.changes()) {
            lines.add(i18n.get(c.inserts() ? "profile.ui.compare.insert.inserted"
                    : "profile.ui.compare.insert.replaced", code(c.lang())));
        }
        for (Lang l : p.upToDate()) {
            lines.add(i18n.get("profile.ui.compare.insert.upToDate", code(l)));
        }
        if (!p.isEmpty() && chosen.section().status() != SectionStatus.DRAFT) {
            lines.add(i18n.get("profile.ui.compare.insert.draft", i18n.name(chosen.section().status())));
        }
        changes.setAll(lines);
        summary.set(p.isEmpty() ? i18n.get("profile.ui.compare.insert.nothing")
                : i18n.get("profile.ui.compare.insert.would", chosen.title()));
        plan.set(p);
        List<Lang> langs = p.changes().stream().map(ComparisonInsert.Change::lang).toList();
        previewLangs.setAll(langs);
        Lang first = langs.contains(preferredLang) ? preferredLang : langs.isEmpty() ? null : langs.get(0);
        if (first != null && first == previewLang.get()) {
            showPreview();
        } else {
            previewLang.set(first);
        }
    }

    /** The Markdown that would be written in the previewed language, without its two marker comments. */
    private void showPreview() {
        ComparisonInsert p = plan.get();
        Lang l = previewLang.get();
        preview.set(p == null || l == null ? "" : p.changes().stream().filter(c -> c.lang() == l)
                .map(c -> c.after().lines().filter(line -> !line.startsWith("<!-- ")).collect(
                        java.util.stream.Collectors.joining("\n"))).findFirst().orElse(""));
    }

    private static String code(Lang lang) {
        return lang.code().toUpperCase(Locale.ROOT);
    }

    @Override
    public String title() {
        return i18n.get("profile.ui.compare.insert.title", route.title());
    }

    @Override
    public String submitLabel() {
        return i18n.get("profile.ui.compare.insert.submit");
    }

    @Override
    public void submit() {
        ComparisonInsert p = plan.get();
        SectionRow chosen = section.get();
        if (p == null || p.isEmpty() || chosen == null) {
            return;
        }
        completion.save(jobs, i18n.get("profile.ui.compare.insert.job.apply", chosen.title()), errors, () -> {
            services.comparisons().apply(p);
            return chosen.title();
        }, onInserted);
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return completion.doneProperty();
    }

    /** Inserting is possible once a plan with changes is shown. */
    @Override
    public ObservableBooleanValue submittableProperty() {
        return Bindings.createBooleanBinding(() -> plan.get() != null && !plan.get().isEmpty(), plan);
    }

    public ObservableList<SectionRow> sections() {
        return sections;
    }

    public ObjectProperty<SectionRow> sectionProperty() {
        return section;
    }

    public ObservableList<String> changes() {
        return changes;
    }

    /** The languages whose text would change: the preview shows one of them. */
    public ObservableList<Lang> previewLangs() {
        return previewLangs;
    }

    public ObjectProperty<Lang> previewLangProperty() {
        return previewLang;
    }

    public String langLabel(Lang l) {
        return i18n.name(l);
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public FormErrors errors() {
        return errors;
    }
}
