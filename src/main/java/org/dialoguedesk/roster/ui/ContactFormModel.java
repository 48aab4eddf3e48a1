package org.dialoguedesk.roster.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.ValidationException;
import org.dialoguedesk.roster.Contact;
import org.dialoguedesk.roster.Contact.ContactDetails;
import org.dialoguedesk.roster.Consent;
import org.dialoguedesk.roster.ConsentBasis;
import org.dialoguedesk.roster.ContactService;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.roster.DuplicateCandidate;
import org.dialoguedesk.roster.Organisation;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * Adds or edits a contact. Saving checks the fields (problems shown under each field) and then
 * looks for duplicates (same email, similar name); if there are any, the form lists them and the
 * officer chooses: save anyway, open the existing contact, or merge into it.
 */
public final class ContactFormModel implements FormModel {

    private final ContactService contacts;
    private final JobRunner jobs;
    private final I18n i18n;
    private final Contact existing;
    private final Consumer<Contact> onSaved;
    private final Consumer<Contact> onOpenExisting;
    private final ObservableList<Organisation> organisations;
    private final ObservableList<Country> countries;

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty nameAr = new SimpleStringProperty(this, "nameAr", "");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty position = new SimpleStringProperty(this, "position", "");
    private final ObjectProperty<Organisation> organisation = new SimpleObjectProperty<>(this, "organisation");
    private final ObjectProperty<Country> country = new SimpleObjectProperty<>(this, "country");
    private final StringProperty emails = new SimpleStringProperty(this, "emails", "");
    private final StringProperty phones = new SimpleStringProperty(this, "phones", "");
    private List<Lang> loadedLanguages = List.of();
    private final BooleanProperty speaksAr = new SimpleBooleanProperty(this, "speaksAr");
    private final BooleanProperty speaksEn = new SimpleBooleanProperty(this, "speaksEn");
    private final BooleanProperty speaksFr = new SimpleBooleanProperty(this, "speaksFr");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObjectProperty<ConsentBasis> consentBasis = new SimpleObjectProperty<>(this, "consentBasis");
    private final ObjectProperty<LocalDate> consentDate = new SimpleObjectProperty<>(this, "consentDate");
    private final StringProperty consentSource = new SimpleStringProperty(this, "consentSource", "");
    private final BooleanProperty publicationConsent = new SimpleBooleanProperty(this, "publicationConsent");
    private final ObservableList<DuplicateCandidate> duplicates = FXCollections.observableArrayList();
    private final ObjectProperty<DuplicateCandidate> chosenDuplicate = new SimpleObjectProperty<>(this, "chosen");
    private final FormErrors errors;
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done", false);

    /**
     * @param existing the contact being edited, or null for a new one
     * @param onSaved called with the saved (or merged) contact
     * @param onOpenExisting called with a duplicate the officer chose to open instead
     */
    public ContactFormModel(ContactService contacts, JobRunner jobs, I18n i18n, List<Organisation> organisations,
                            List<Country> countries, Contact existing, Consumer<Contact> onSaved,
                            Consumer<Contact> onOpenExisting) {
        this.contacts = contacts;
        this.jobs = jobs;
        this.i18n = i18n;
        this.existing = existing;
        this.onSaved = onSaved;
        this.onOpenExisting = onOpenExisting;
        this.organisations = FXCollections.observableArrayList(organisations);
        this.countries = FXCollections.observableArrayList(countries);
        this.errors = new FormErrors(i18n, "name", "nameAr", "organisation", "country", "emails", "phones",
                "consent");
        if (existing != null) {
            fill(existing.details());
        }
    }

    private void fill(ContactDetails d) {
        name.set(d.name());
        nameAr.set(d.nameAr());
        title.set(d.title());
        position.set(d.position());
        organisation.set(organisations.stream().filter(o -> o.meta().id().equals(d.organisationId()))
                .findFirst().orElse(null));
        country.set(countries.stream().filter(c -> c.code().equals(d.countryCode())).findFirst().orElse(null));
        emails.set(String.join("; ", d.emails()));
        phones.set(String.join("; ", d.phones()));
        loadedLanguages = List.copyOf(d.languages());
        speaksAr.set(d.languages().contains(Lang.AR));
        speaksEn.set(d.languages().contains(Lang.EN));
        speaksFr.set(d.languages().contains(Lang.FR));
        notes.set(d.notes());
        d.consentRecord().ifPresent(c -> {
            consentBasis.set(c.basis());
            consentDate.set(c.date());
            consentSource.set(c.source());
        });
        publicationConsent.set(d.publicationConsent());
    }

    /** The details as typed; emails and phones are separated by semicolons or commas. */
    public ContactDetails details() {
        // the languages the contact had keep their order (the first is the one forms are written in);
        // newly ticked ones follow
        Set<Lang> ticked = EnumSet.noneOf(Lang.class);
        if (speaksAr.get()) {
            ticked.add(Lang.AR);
        }
        if (speaksEn.get()) {
            ticked.add(Lang.EN);
        }
        if (speaksFr.get()) {
            ticked.add(Lang.FR);
        }
        Set<Lang> langs = new java.util.LinkedHashSet<>(loadedLanguages);
        langs.retainAll(ticked);
        langs.addAll(ticked);
        return new ContactDetails(name.get(), nameAr.get(), title.get(), position.get(),
                organisation.get() == null ? null : organisation.get().meta().id(),
                country.get() == null ? null : country.get().code(), split(emails.get(), "[;,\\s]+"),
                split(phones.get(), "[;,]+"), langs, notes.get(), consent(),
                publicationConsent.get());
    }

    /** The consent as filled in; none when basis, date and source are all empty. */
    private Consent consent() {
        String source = consentSource.get() == null ? "" : consentSource.get();
        if (consentBasis.get() == null && consentDate.get() == null && source.isBlank()) {
            return null;
        }
        return new Consent(consentBasis.get(), consentDate.get(), source);
    }

    private static List<String> split(String text, String separators) {
        return text == null ? List.of() : Arrays.stream(text.split(separators)).filter(s -> !s.isBlank()).toList();
    }

    @Override
    public String title() {
        return i18n.get(existing == null ? "roster.ui.contact.add.title" : "roster.ui.contact.edit.title");
    }

    @Override
    public String submitLabel() {
        return i18n.get("ui.dialog.save");
    }

    /** Checks, then warns of duplicates or saves. */
    @Override
    public void submit() {
        ContactDetails d = details();
        UUID self = existing == null ? null : existing.id();
        jobs.run(i18n.get("roster.ui.job.checkContact"), () -> {
            var problems = contacts.validate(d);
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            List<DuplicateCandidate> found = contacts.duplicatesOf(d, self);
            return found.isEmpty() ? new Checked(save(d), List.of()) : new Checked(null, found);
        }, checked -> {
            errors.clear();
            duplicates.setAll(checked.duplicates());
            chosenDuplicate.set(duplicates.isEmpty() ? null : duplicates.get(0));
            if (checked.saved() != null) {
                finish(checked.saved());
            }
        }, this::failed);
    }

    private record Checked(Contact saved, List<DuplicateCandidate> duplicates) {
    }

    private Contact save(ContactDetails d) {
        return existing == null ? contacts.create(d) : contacts.update(existing, d);
    }

    /** Saves although duplicates were found. */
    public void onSaveAnyway() {
        ContactDetails d = details();
        jobs.run(i18n.get("roster.ui.job.saveContact"), () -> save(d), this::finish, this::failed);
    }

    /** Drops this form and opens the chosen existing contact instead. */
    public void onOpenExisting() {
        DuplicateCandidate c = chosenDuplicate.get();
        if (c != null) {
            done.set(true);
            onOpenExisting.accept(c.contact());
        }
    }

    /**
     * Merges what was typed into the chosen existing contact, in one transaction: it keeps its record
     * and gains the new emails, phones and missing fields. A contact being edited is merged into it
     * (its roles move over, it stays as merged history); typed details of a new one are folded in.
     */
    public void onMerge() {
        DuplicateCandidate c = chosenDuplicate.get();
        if (c == null) {
            return;
        }
        ContactDetails d = details();
        UUID keep = c.contact().id();
        jobs.run(i18n.get("roster.ui.job.mergeContact"), () -> existing == null ? contacts.mergeNewInto(keep, d)
                : contacts.mergeEditedInto(keep, existing, d), this::finish, this::failed);
    }

    private void finish(Contact saved) {
        done.set(true);
        onSaved.accept(saved);
    }

    private void failed(Throwable e) {
        if (e instanceof ValidationException v) {
            duplicates.clear();
            errors.show(v.problems());
        } else {
            errors.showGeneral(i18n.describe(e));
        }
    }

    /** How a candidate is listed: name, organisation-free, and why it looks like a duplicate. */
    public String describe(DuplicateCandidate c) {
        String key = c.reason() == DuplicateCandidate.Reason.SAME_EMAIL
                ? "roster.ui.contact.duplicate.sameEmail" : "roster.ui.contact.duplicate.similarName";
        return i18n.get(key, c.contact().name(), String.join(", ", c.contact().emails()));
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ObservableList<Organisation> organisations() {
        return organisations;
    }

    public ObservableList<Country> countries() {
        return countries;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty nameArProperty() {
        return nameAr;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty positionProperty() {
        return position;
    }

    public ObjectProperty<Organisation> organisationProperty() {
        return organisation;
    }

    public ObjectProperty<Country> countryProperty() {
        return country;
    }

    public StringProperty emailsProperty() {
        return emails;
    }

    public StringProperty phonesProperty() {
        return phones;
    }

    public BooleanProperty speaksArProperty() {
        return speaksAr;
    }

    public BooleanProperty speaksEnProperty() {
        return speaksEn;
    }

    public BooleanProperty speaksFrProperty() {
        return speaksFr;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** The consent bases to choose from, "none" (null) first. */
    public ObservableList<ConsentBasis> consentBases() {
        ObservableList<ConsentBasis> bases = FXCollections.observableArrayList();
        bases.add(null);
        bases.addAll(ConsentBasis.values());
        return bases;
    }

    public ObjectProperty<ConsentBasis> consentBasisProperty() {
        return consentBasis;
    }

    public ObjectProperty<LocalDate> consentDateProperty() {
        return consentDate;
    }

    public StringProperty consentSourceProperty() {
        return consentSource;
    }

    /** Ticked when the contact agreed to be named on the publication website. */
    public BooleanProperty publicationConsentProperty() {
        return publicationConsent;
    }

    public ObservableList<DuplicateCandidate> duplicates() {
        return duplicates;
    }

    public ObjectProperty<DuplicateCandidate> chosenDuplicateProperty() {
        return chosenDuplicate;
    }

    public FormErrors errors() {
        return errors;
    }
}
