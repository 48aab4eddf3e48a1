package org.dialoguedesk.roster.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dialoguedesk.roster.Contact;
import org.dialoguedesk.roster.ContactRole;
import org.dialoguedesk.roster.ContactRoleType;
import org.dialoguedesk.roster.ContactService;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.ui.FormCompletion;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/** Names a contact focal point (or contact point) of a country in a dialogue, from a date. */
public final class RoleFormModel implements FormModel {

    private final ContactService contacts;
    private final JobRunner jobs;
    private final I18n i18n;
    private final Contact contact;
    private final Consumer<ContactRole> onSaved;
    private final ObservableList<Dialogue> dialogues;
    private final ObservableList<Country> countries;
    private final ObjectProperty<Dialogue> dialogue = new SimpleObjectProperty<>(this, "dialogue");
    private final ObjectProperty<Country> country = new SimpleObjectProperty<>(this, "country");
    private final ObjectProperty<ContactRoleType> type = new SimpleObjectProperty<>(this, "type",
            ContactRoleType.NATIONAL_FOCAL_POINT);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final FormErrors errors;
    private final FormCompletion completion = new FormCompletion();

    public RoleFormModel(ContactService contacts, JobRunner jobs, I18n i18n, Contact contact,
                         List<Dialogue> dialogues, List<Country> countries, LocalDate today,
                         Consumer<ContactRole> onSaved) {
        this.contacts = contacts;
        this.jobs = jobs;
        this.i18n = i18n;
        this.contact = contact;
        this.onSaved = onSaved;
        this.dialogues = FXCollections.observableArrayList(dialogues);
        this.countries = FXCollections.observableArrayList(countries);
        this.errors = new FormErrors(i18n, "dialogue", "country", "from");
        from.set(today);
        country.set(countries.stream().filter(c -> c.code().equals(contact.details().countryCode()))
                .findFirst().orElse(null));
    }

    @Override
    public String title() {
        return i18n.get("roster.ui.role.add.title", contact.name());
    }

    @Override
    public String submitLabel() {
        return i18n.get("roster.ui.role.add.submit");
    }

    @Override
    public void submit() {
        Dialogue d = dialogue.get();
        Country c = country.get();
        completion.save(jobs, i18n.get("roster.ui.job.addRole"), errors, () -> contacts.addRole(contact.id(),
                d == null ? null : d.meta().id(), c == null ? null : c.code(), type.get(), from.get()), onSaved);
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return completion.doneProperty();
    }

    public ObservableList<Dialogue> dialogues() {
        return dialogues;
    }

    public ObservableList<Country> countries() {
        return countries;
    }

    public ObjectProperty<Dialogue> dialogueProperty() {
        return dialogue;
    }

    public ObjectProperty<Country> countryProperty() {
        return country;
    }

    public ObjectProperty<ContactRoleType> typeProperty() {
        return type;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public FormErrors errors() {
        return errors;
    }
}
