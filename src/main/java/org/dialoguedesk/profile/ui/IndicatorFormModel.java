package org.dialoguedesk.profile.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.profile.Indicator;
import org.dialoguedesk.profile.IndicatorRules;
import org.dialoguedesk.profile.Profile;
import org.dialoguedesk.profile.ProfileService;
import org.dialoguedesk.ui.FormCompletion;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;
import org.dialoguedesk.ui.LocalizedText;

/**
 * Adds or edits one figure of a section's indicator table: the indicator's code and label in three
 * languages, the year, value and unit, its source with a web address, and a note where the national
 * definition differs. A field's problem shows under it as soon as the officer has typed in it, and
 * every problem on save; a refused save keeps everything typed. An edited figure keeps its provenance
 * (the questionnaire answer it came from).
 */
public final class IndicatorFormModel implements FormModel {

    static final List<String> FIELDS = List.of("code", "label", "year", "value", "sourceUrl");

    private final ProfileService profiles;
    private final JobRunner jobs;
    private final I18n i18n;
    private final Profile profile;
    private final SectionRow row;
    private final Indicator editing;
    private final Consumer<Indicator> onSaved;
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final LocalizedText label = new LocalizedText(Localized.of(""));
    private final StringProperty year = new SimpleStringProperty(this, "year", "");
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final StringProperty unit = new SimpleStringProperty(this, "unit", "");
    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final StringProperty sourceUrl = new SimpleStringProperty(this, "sourceUrl", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final FormErrors errors;
    private final FormCompletion completion = new FormCompletion();
    /** The fields the officer has typed in: only their problems show before the first save. */
    private final Set<String> touched = new HashSet<>();
    private boolean triedToSave;

    /**
     * @param editing the figure being edited, or null for a new one
     * @param proposedYear the year a new figure starts with
     */
    IndicatorFormModel(ProfileService profiles, JobRunner jobs, I18n i18n, Profile profile, SectionRow row,
                       Indicator editing, int proposedYear, Consumer<Indicator> onSaved) {
        this.profiles = profiles;
        this.jobs = jobs;
        this.i18n = i18n;
        this.profile = profile;
        this.row = row;
        this.editing = editing;
        this.onSaved = onSaved;
        this.errors = new FormErrors(i18n, FIELDS.toArray(String[]::new));
        if (editing != null) {
            code.set(editing.code());
            label.set(editing.label());
            year.set(String.valueOf(editing.year()));
            value.set(editing.value());
            unit.set(editing.unit());
            source.set(editing.source());
            sourceUrl.set(editing.sourceUrl());
            note.set(editing.note());
        } else {
            year.set(String.valueOf(proposedYear));
        }
        follow(code, "code");
        follow(label.in(Lang.EN), "label");
        follow(year, "year");
        follow(value, "value");
        follow(sourceUrl, "sourceUrl");
    }

    private void follow(StringProperty field, String name) {
        field.addListener((o, was, now) -> {
            touched.add(name);
            recheck();
        });
    }

    /** Shows the problems of the fields typed in (of all fields once a save was tried). */
    private void recheck() {
        errors.show(problems().stream().filter(p -> triedToSave || touched.contains(p.field())).toList());
    }

    /** What is wrong with the figure as typed, as the service would say it, and a year that is no number. */
    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>(IndicatorRules.check(draft(yearNumber().orElse(0))));
        if (yearNumber().isEmpty()) {
            problems.removeIf(p -> p.field().equals("year"));
            problems.add(Problem.of("year", "profile.indicator.problem.year", text(year)));
        }
        return problems;
    }

    private Optional<Integer> yearNumber() {
        try {
            return Optional.of(Integer.valueOf(text(year)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Indicator draft(int y) {
        // the service reads a value with spaces as thousands separators ("142 500"): so does the check
        String v = text(value).replace('\u00a0', ' ').replace(" ", "");
        return new Indicator(editing == null ? null : editing.meta(), row.section().id(),
                editing == null ? 0 : editing.position(), text(code), label.value(), y, v, text(unit),
                text(source), text(sourceUrl), text(note), editing == null ? "" : editing.provenance());
    }

    private static String text(StringProperty p) {
        return p.get() == null ? "" : p.get().strip();
    }

    @Override
    public String title() {
        return editing == null ? i18n.get("profile.ui.indicator.add.title", row.title())
                : i18n.get("profile.ui.indicator.edit.title", i18n.text(editing.label()), String.valueOf(editing.year()));
    }

    @Override
    public String submitLabel() {
        return editing == null ? i18n.get("profile.ui.indicator.add.submit") : i18n.get("ui.dialog.save");
    }

    @Override
    public void submit() {
        triedToSave = true;
        List<Problem> problems = problems();
        if (!problems.isEmpty()) {
            errors.show(problems);
            return;
        }
        Indicator draft = draft(yearNumber().orElseThrow());
        completion.save(jobs, i18n.get("profile.ui.job.saveIndicator", row.title()), errors,
                () -> editing == null ? profiles.saveIndicator(profile.id(), row.code(), draft)
                        : profiles.replaceIndicator(profile.id(), row.code(), editing.id(), draft),
                onSaved);
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return completion.doneProperty();
    }

    /** Where the figure came from when a questionnaire answer brought it; empty for one typed in. */
    public String provenance() {
        return editing == null || editing.provenance().isEmpty() ? ""
                : i18n.get("profile.ui.indicator.provenance", editing.provenance());
    }

    public StringProperty codeProperty() {
        return code;
    }

    public LocalizedText label() {
        return label;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty sourceUrlProperty() {
        return sourceUrl;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObservableStringValue error(String field) {
        return errors.of(field);
    }

    public FormErrors errors() {
        return errors;
    }
}
