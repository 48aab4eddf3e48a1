package org.dialoguedesk.roster.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.roster.Organisation;
import org.dialoguedesk.roster.OrganisationType;
import org.dialoguedesk.roster.RosterService;
import org.dialoguedesk.ui.FormCompletion;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;
import org.dialoguedesk.ui.LocalizedText;

/** Adds an organisation, or edits one (from the copy it was read as, so a stale edit is refused). */
public final class OrganisationFormModel implements FormModel {

    private final RosterService roster;
    private final JobRunner jobs;
    private final I18n i18n;
    private final Optional<Organisation> editing;
    private final Consumer<Organisation> onSaved;
    private final ObservableList<Country> countries;
    private final StringProperty key = new SimpleStringProperty(this, "key", "");
    private final StringProperty acronym = new SimpleStringProperty(this, "acronym", "");
    private final LocalizedText name;
    private final ObjectProperty<OrganisationType> type = new SimpleObjectProperty<>(this, "type");
    private final ObjectProperty<Country> country = new SimpleObjectProperty<>(this, "country");
    private final FormErrors errors;
    private final FormCompletion completion = new FormCompletion();

    /**
     * @param editing the organisation to edit, or empty for a new one
     * @param countries every country, in the order the country field lists them
     */
    public OrganisationFormModel(RosterService roster, JobRunner jobs, I18n i18n, Optional<Organisation> editing,
                                 List<Country> countries, Consumer<Organisation> onSaved) {
        this.roster = roster;
        this.jobs = jobs;
        this.i18n = i18n;
        this.editing = editing;
        this.onSaved = onSaved;
        this.countries = FXCollections.observableArrayList(countries);
        this.errors = new FormErrors(i18n, "key", "name", "type", "country");
        this.name = new LocalizedText(editing.map(Organisation::name).orElse(null));
        editing.ifPresent(o -> {
            key.set(o.refKey());
            acronym.set(o.acronym());
            type.set(o.type());
            country.set(countries.stream().filter(c -> c.code().equals(o.countryCode())).findFirst().orElse(null));
        });
    }

    @Override
    public String title() {
        return editing.map(o -> i18n.get("roster.ui.organisation.edit.title", o.label(i18n.lang())))
                .orElseGet(() -> i18n.get("roster.ui.organisation.add.title"));
    }

    @Override
    public String submitLabel() {
        return editing.isPresent() ? i18n.get("ui.dialog.save") : i18n.get("roster.ui.organisation.add.submit");
    }

    @Override
    public void submit() {
        String k = key.get() == null ? "" : key.get().strip().toUpperCase(Locale.ROOT);
        String a = acronym.get();
        Localized n = name.value();
        OrganisationType t = type.get();
        String code = country.get() == null ? null : country.get().code();
        completion.save(jobs, i18n.get("roster.ui.job.saveOrganisation"), errors, () -> editing
                .map(o -> roster.updateOrganisation(new Organisation(o.meta(), k, a, n, t, code)))
                .orElseGet(() -> roster.createOrganisation(k, a, n, t, code)), onSaved);
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return completion.doneProperty();
    }

    /** True for the types that belong to one country (ministries, national bodies). */
    public BooleanBinding countryRequired() {
        return Bindings.createBooleanBinding(() -> type.get() == OrganisationType.MINISTRY
                || type.get() == OrganisationType.NATIONAL_BODY, type);
    }

    public ObservableList<Country> countries() {
        return countries;
    }

    public StringProperty keyProperty() {
        return key;
    }

    public StringProperty acronymProperty() {
        return acronym;
    }

    public LocalizedText name() {
        return name;
    }

    public ObjectProperty<OrganisationType> typeProperty() {
        return type;
    }

    public ObjectProperty<Country> countryProperty() {
        return country;
    }

    public FormErrors errors() {
        return errors;
    }
}
