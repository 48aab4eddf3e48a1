package org.dialoguedesk.roster.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.roster.DialogueStatus;
import org.dialoguedesk.roster.Organisation;
import org.dialoguedesk.roster.RosterService;
import org.dialoguedesk.ui.FormCompletion;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;
import org.dialoguedesk.ui.LocalizedText;

/**
 * Creates a dialogue (with its key) or edits one: acronym, name and description in three languages,
 * start year, thematic areas (one per line), secretariat and status.
 */
public final class DialogueFormModel implements FormModel {

    private final RosterService roster;
    private final JobRunner jobs;
    private final I18n i18n;
    private final Optional<Dialogue> editing;
    private final Consumer<Dialogue> onSaved;
    private final ObservableList<Organisation> organisations;
    private final StringProperty key = new SimpleStringProperty(this, "key", "");
    private final LocalizedText acronym;
    private final LocalizedText name;
    private final LocalizedText description;
    private final StringProperty startYear = new SimpleStringProperty(this, "startYear", "");
    private final StringProperty thematicAreas = new SimpleStringProperty(this, "thematicAreas", "");
    private final ObjectProperty<Organisation> secretariat = new SimpleObjectProperty<>(this, "secretariat");
    private final ObjectProperty<DialogueStatus> status = new SimpleObjectProperty<>(this, "status",
            DialogueStatus.ACTIVE);
    private final FormErrors errors;
    private final FormCompletion completion = new FormCompletion();

    /**
     * @param editing the dialogue to edit, or empty for a new one
     * @param organisations the choices of secretariat, in the order the field lists them
     */
    public DialogueFormModel(RosterService roster, JobRunner jobs, I18n i18n, Optional<Dialogue> editing,
                             List<Organisation> organisations, Consumer<Dialogue> onSaved) {
        this.roster = roster;
        this.jobs = jobs;
        this.i18n = i18n;
        this.editing = editing;
        this.onSaved = onSaved;
        this.organisations = FXCollections.observableArrayList(organisations);
        this.organisations.add(0, null);
        this.errors = new FormErrors(i18n, "key", "acronym", "name", "startYear", "secretariat", "status");
        this.acronym = new LocalizedText(editing.map(Dialogue::acronym).orElse(null));
        this.name = new LocalizedText(editing.map(Dialogue::name).orElse(null));
        this.description = new LocalizedText(editing.map(Dialogue::description).orElse(null));
        editing.ifPresent(d -> {
            key.set(d.key());
            startYear.set(d.startYear() == null ? "" : String.valueOf(d.startYear()));
            thematicAreas.set(String.join("\n", d.thematicAreas()));
            secretariat.set(organisations.stream().filter(o -> o.meta().id().equals(d.secretariatId()))
                    .findFirst().orElse(null));
            status.set(d.status());
        });
    }

    /** A new dialogue has a key to choose; an existing one keeps its key (files and commands use it). */
    public boolean isNew() {
        return editing.isEmpty();
    }

    @Override
    public String title() {
        return editing.map(d -> i18n.get("roster.ui.dialogue.edit.title", i18n.text(d.acronym())))
                .orElseGet(() -> i18n.get("roster.ui.dialogue.add.title"));
    }

    @Override
    public String submitLabel() {
        return editing.isPresent() ? i18n.get("ui.dialog.save") : i18n.get("roster.ui.dialogue.add.submit");
    }

    @Override
    public void submit() {
        String yearText = startYear.get() == null ? "" : startYear.get().strip();
        Integer year;
        try {
            year = yearText.isEmpty() ? null : Integer.valueOf(yearText);
        } catch (NumberFormatException e) {
            errors.show(List.of(Problem.of("startYear", "dialogue.error.startYearNotNumber", yearText)));
            return;
        }
        UUID secretariatId = secretariat.get() == null ? null : secretariat.get().meta().id();
        List<String> areas = Arrays.stream((thematicAreas.get() == null ? "" : thematicAreas.get()).split("\n"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        String k = key.get() == null ? "" : key.get().strip().toUpperCase(Locale.ROOT);
        Dialogue values = new Dialogue(null, k, acronym.value(), name.value(), year, description.value(), areas,
                secretariatId, status.get());
        completion.save(jobs, i18n.get("roster.ui.job.saveDialogue"), errors, () -> editing
                .map(d -> roster.updateDialogue(new Dialogue(d.meta(), d.key(), values.acronym(), values.name(),
                        year, values.description(), areas, secretariatId, values.status())))
                .orElseGet(() -> roster.createDialogue(values)), onSaved);
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return completion.doneProperty();
    }

    public ObservableList<Organisation> organisations() {
        return organisations;
    }

    public StringProperty keyProperty() {
        return key;
    }

    public LocalizedText acronym() {
        return acronym;
    }

    public LocalizedText name() {
        return name;
    }

    public LocalizedText description() {
        return description;
    }

    public StringProperty startYearProperty() {
        return startYear;
    }

    public StringProperty thematicAreasProperty() {
        return thematicAreas;
    }

    public ObjectProperty<Organisation> secretariatProperty() {
        return secretariat;
    }

    public ObjectProperty<DialogueStatus> statusProperty() {
        return status;
    }

    public FormErrors errors() {
        return errors;
    }
}
