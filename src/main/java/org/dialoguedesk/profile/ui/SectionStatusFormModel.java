package org.dialoguedesk.profile.ui;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dialoguedesk.profile.Profile;
import org.dialoguedesk.profile.ProfileSection;
import org.dialoguedesk.profile.ProfileService;
import org.dialoguedesk.profile.SectionStatus;
import org.dialoguedesk.ui.FormCompletion;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * Moves a profile section along its workflow: only the statuses its current one may move to are
 * offered; validating or approving says by whom (the template's validating agency, proposed) and when.
 */
public final class SectionStatusFormModel implements FormModel {

    private final ProfileService profiles;
    private final JobRunner jobs;
    private final I18n i18n;
    private final Profile profile;
    private final SectionRow row;
    private final Consumer<ProfileSection> onSaved;
    private final ObservableList<SectionStatus> choices;
    private final ObjectProperty<SectionStatus> status = new SimpleObjectProperty<>(this, "status");
    private final StringProperty by = new SimpleStringProperty(this, "by", "");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final FormErrors errors;
    private final FormCompletion completion = new FormCompletion();

    SectionStatusFormModel(ProfileService profiles, JobRunner jobs, I18n i18n, Profile profile, SectionRow row,
                           LocalDate today, Consumer<ProfileSection> onSaved) {
        this.profiles = profiles;
        this.jobs = jobs;
        this.i18n = i18n;
        this.profile = profile;
        this.row = row;
        this.onSaved = onSaved;
        // in workflow order, so the usual next step comes first
        this.choices = FXCollections.observableArrayList(row.section().status().next().stream().sorted()
                .filter(s -> s.ordinal() > row.section().status().ordinal()).toList());
        row.section().status().next().stream().sorted().filter(s -> !choices.contains(s)).forEach(choices::add);
        this.errors = new FormErrors(i18n, "status", "by", "date");
        status.set(choices.isEmpty() ? null : choices.get(0));
        by.set(row.section().validatedBy().isEmpty() ? row.validator() : row.section().validatedBy());
        date.set(today);
    }

    @Override
    public String title() {
        return i18n.get("profile.ui.status.title", row.title());
    }

    @Override
    public String submitLabel() {
        return i18n.get("profile.ui.status.submit");
    }

    @Override
    public void submit() {
        SectionStatus to = status.get();
        completion.save(jobs, i18n.get("profile.ui.job.changeStatus", row.title()), errors,
                () -> profiles.changeStatus(profile.id(), row.code(), to,
                        to != null && to.isValidated() ? by.get() : "", date.get(), note.get()),
                onSaved);
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return completion.doneProperty();
    }

    /** "Now: In review". */
    public String current() {
        return i18n.get("profile.ui.status.current", i18n.name(row.section().status()));
    }

    /** The "validated by" field matters only when the section is validated or approved. */
    public BooleanBinding asksValidator() {
        return Bindings.createBooleanBinding(() -> status.get() != null && status.get().isValidated(), status);
    }

    public ObservableList<SectionStatus> choices() {
        return choices;
    }

    public ObjectProperty<SectionStatus> statusProperty() {
        return status;
    }

    public StringProperty byProperty() {
        return by;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public FormErrors errors() {
        return errors;
    }
}
