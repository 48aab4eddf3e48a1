package org.dialoguedesk.roster.ui;

import java.nio.file.Path;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;
import org.dialoguedesk.roster.Contact;
import org.dialoguedesk.roster.ContactExport;
import org.dialoguedesk.roster.ContactImport;
import org.dialoguedesk.roster.ContactService;
import org.dialoguedesk.roster.RosterService;
import org.dialoguedesk.ui.DialogService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * The contacts screen: search over name, organisation, country and email; the chosen contact's
 * details and roles history; add and edit contacts, add and end roles.
 */
public final class ContactsViewModel {

    private final ContactService contacts;
    private final RosterService roster;
    private final JobRunner jobs;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Clock clock;
    private final ContactTransfer transfer;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<ContactRow> results = FXCollections.observableArrayList();
    private final ObjectProperty<ContactRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<RoleRow> roles = FXCollections.observableArrayList();
    private final ObjectProperty<RoleRow> selectedRole = new SimpleObjectProperty<>(this, "selectedRole");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private RosterLookup lookup;
    private Subscription subscriptions = Subscription.EMPTY;

    public ContactsViewModel(ContactService contacts, RosterService roster, ContactImport contactImport,
                             ContactExport contactExport, JobRunner jobs, DialogService dialogs, I18n i18n,
                             Clock clock) {
        this.contacts = contacts;
        this.roster = roster;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.clock = clock;
        this.transfer = new ContactTransfer(contactImport, contactExport, roster, jobs, dialogs, i18n,
                this::transferred);
    }

    public void activate() {
        subscriptions = selected.subscribe(this::loadRoles);
        search();
    }

    public void deactivate() {
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
    }

    /** Runs the current query (the view calls this a moment after typing stops). */
    public void search() {
        search(null);
    }

    private void search(UUID thenSelect) {
        String q = query.get() == null ? "" : query.get();
        RosterLookup known = lookup;
        jobs.run(i18n.get("roster.ui.job.searchContacts"), () -> {
            RosterLookup l = known != null ? known : RosterLookup.load(roster, i18n);
            Collator byName = Collator.getInstance(i18n.lang().locale());
            List<ContactRow> rows = contacts.search(q).stream()
                    .sorted(Comparator.comparing(Contact::name, byName)).map(c -> row(c, l)).toList();
            return new Found(l, rows);
        }, found -> {
            lookup = found.lookup();
            UUID keep = thenSelect != null ? thenSelect
                    : selected.get() == null ? null : selected.get().contact().id();
            results.setAll(found.rows());
            summary.set(i18n.get("roster.ui.contacts.count", found.rows().size()));
            selected.set(found.rows().stream().filter(r -> r.contact().id().equals(keep)).findFirst().orElse(null));
        });
    }

    private record Found(RosterLookup lookup, List<ContactRow> rows) {
    }

    private ContactRow row(Contact c, RosterLookup l) {
        return new ContactRow(c, l.organisationName(c.details().organisationId(), i18n),
                l.countryName(c.details().countryCode(), i18n));
    }

    private void loadRoles() {
        ContactRow row = selected.get();
        if (row == null || lookup == null) {
            roles.clear();
            return;
        }
        RosterLookup l = lookup;
        jobs.run(i18n.get("roster.ui.job.loadRoles"), () -> contacts.roles(row.contact().id()).stream()
                .map(r -> new RoleRow(r, l.dialogueName(r.dialogueId(), i18n), l.countryName(r.countryCode(), i18n)))
                .toList(), roles::setAll);
    }

    /** Shows that contact: searches for its name and selects it. */
    public void show(Contact contact) {
        query.set(contact.name());
        search(contact.id());
    }

    public void onAddContact() {
        openForm(null);
    }

    public void onEditContact() {
        ContactRow row = selected.get();
        if (row != null) {
            openForm(row.contact());
        }
    }

    private void openForm(Contact existing) {
        RosterLookup known = lookup;
        jobs.run(i18n.get("roster.ui.job.loadChoices"),
                () -> known != null ? known : RosterLookup.load(roster, i18n), l -> {
                    lookup = l;
                    dialogs.showForm(new ContactFormModel(contacts, jobs, i18n, l.organisations(), l.countries(),
                            existing, this::show, this::show));
                });
    }

    /** Import…: choose a CSV or XLSX file, then its columns, then read the report before importing. */
    public void onImport() {
        notice.set("");
        transfer.chooseAndImport();
    }

    /** True for a file the screen accepts dropped on it (.csv, .xlsx). */
    public boolean canImport(Path file) {
        return ContactTransfer.canImport(file);
    }

    /** A file dropped on the screen: imported as if chosen with Import…. */
    public void onFileDropped(Path file) {
        notice.set("");
        transfer.importFile(file);
    }

    /** Export…: format and dialogue, then where to save. */
    public void onExport() {
        notice.set("");
        transfer.chooseAndExport();
    }

    private void transferred(String message) {
        notice.set(message);
        search();
    }

    public void onAddRole() {
        ContactRow row = selected.get();
        if (row == null || lookup == null) {
            return;
        }
        dialogs.showForm(new RoleFormModel(contacts, jobs, i18n, row.contact(), lookup.dialogues(),
                lookup.countries(), LocalDate.now(clock), role -> loadRoles()));
    }

    public void onEndRole() {
        RoleRow row = selectedRole.get();
        if (row == null || row.role().validTo() != null) {
            return;
        }
        dialogs.askDate(i18n.get("roster.ui.role.end.title"), i18n.get("roster.ui.role.end.label"),
                LocalDate.now(clock)).ifPresent(day -> jobs.run(i18n.get("roster.ui.job.endRole"),
                () -> contacts.endRole(row.role().meta().id(), day), ended -> loadRoles(),
                e -> dialogs.showError(i18n.describe(e))));
    }

    public BooleanBinding hasSelection() {
        return selected.isNotNull();
    }

    public BooleanBinding canEndRole() {
        return Bindings.createBooleanBinding(() -> selectedRole.get() != null
                && selectedRole.get().role().validTo() == null, selectedRole);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<ContactRow> results() {
        return results;
    }

    public ObjectProperty<ContactRow> selectedProperty() {
        return selected;
    }

    public ObservableList<RoleRow> roles() {
        return roles;
    }

    public ObjectProperty<RoleRow> selectedRoleProperty() {
        return selectedRole;
    }

    /** What the last import or export did ("12 contacts imported"); empty otherwise. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
