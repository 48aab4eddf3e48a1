package org.dialoguedesk.profile.ui;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dialoguedesk.profile.Profile;
import org.dialoguedesk.profile.ProfileSources;
import org.dialoguedesk.profile.Source;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * Every link of a profile in one table (title, address, accessed date, the sections using it). Choosing
 * a source lets the officer give it a better title and record the day its address was checked; saving
 * keeps the dialog open for the next one, and a refused save shows its problems under the fields. The
 * main button closes.
 */
public final class SourcesFormModel implements FormModel {

    private final ProfileSources sources;
    private final JobRunner jobs;
    private final I18n i18n;
    private final Profile profile;
    private final String profileTitle;
    private final Map<String, String> sectionTitles;
    private final LocalDate today;
    private final ObservableList<SourceRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<SourceRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<LocalDate> accessed = new SimpleObjectProperty<>(this, "accessed");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done", false);
    private final FormErrors errors;

    /** @param sectionTitles the profile's section titles by code, in the window's language */
    SourcesFormModel(ProfileSources sources, JobRunner jobs, I18n i18n, Profile profile, String profileTitle,
                     Map<String, String> sectionTitles, LocalDate today) {
        this.sources = sources;
        this.jobs = jobs;
        this.i18n = i18n;
        this.profile = profile;
        this.profileTitle = profileTitle;
        this.sectionTitles = Map.copyOf(sectionTitles);
        this.today = today;
        this.errors = new FormErrors(i18n, "url", "title", "accessed");
        selected.addListener((o, was, now) -> choose(now));
        load();
    }

    private void load() {
        jobs.run(i18n.get("profile.ui.job.sources", profileTitle), () -> sources.sources(profile.id()), list -> {
            rows.setAll(list.stream().map(this::row).toList());
            summarise();
        });
    }

    private SourceRow row(Source s) {
        String usedIn = s.usedIn().stream().map(c -> sectionTitles.getOrDefault(c, c))
                .collect(Collectors.joining(i18n.get("profile.ui.sources.separator")));
        String problem = s.problems().stream().map(i18n::format).collect(Collectors.joining("\n"));
        return new SourceRow(s, usedIn, s.accessedOn().map(i18n::date)
                .orElse(i18n.get("profile.ui.sources.notRecorded")), problem);
    }

    private void summarise() {
        long unchecked = rows.stream().filter(r -> r.source().accessed() == null).count();
        summary.set(rows.isEmpty() ? i18n.get("profile.ui.sources.none")
                : i18n.get("profile.ui.sources.summary", rows.size(), unchecked));
    }

    private void choose(SourceRow row) {
        errors.clear();
        notice.set("");
        title.set(row == null ? "" : row.title());
        accessed.set(row == null ? null : row.source().accessed());
    }

    /** Saves the chosen source's title and accessed date; the dialog stays open for the next source. */
    public void onSave() {
        SourceRow row = selected.get();
        if (row == null) {
            return;
        }
        String newTitle = title.get();
        LocalDate day = accessed.get();
        errors.clear();
        notice.set("");
        jobs.run(i18n.get("profile.ui.job.saveSource", row.url()),
                () -> sources.save(profile.id(), row.url(), newTitle, day), saved -> {
                    SourceRow updated = row(saved);
                    int at = rows.indexOf(row);
                    if (at >= 0) {
                        rows.set(at, updated);
                    }
                    selected.set(updated);
                    summarise();
                    notice.set(i18n.get("profile.ui.sources.saved", saved.title()));
                }, errors::showFailure);
    }

    /** "Checked today": the accessed date becomes today (saved with the next save). */
    public void onCheckedToday() {
        accessed.set(today);
    }

    @Override
    public String title() {
        return i18n.get("profile.ui.sources.title", profileTitle);
    }

    @Override
    public String submitLabel() {
        return i18n.get("profile.ui.sources.close");
    }

    @Override
    public void submit() {
        done.set(true);
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ObservableList<SourceRow> rows() {
        return rows;
    }

    public ObjectProperty<SourceRow> selectedProperty() {
        return selected;
    }

    public BooleanBinding canEdit() {
        return selected.isNotNull();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<LocalDate> accessedProperty() {
        return accessed;
    }

    /** "14 sources · 3 without an accessed date". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** "Saved: …" after a save, empty otherwise. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public FormErrors errors() {
        return errors;
    }
}
