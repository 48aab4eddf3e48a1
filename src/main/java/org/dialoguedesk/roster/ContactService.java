package org.dialoguedesk.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Officer;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.RecordMeta;
import org.dialoguedesk.common.Transactions;
import org.dialoguedesk.common.ValidationException;
import org.dialoguedesk.roster.Contact.ContactDetails;

/** Contacts: search, add and edit with validation, duplicate warnings, merging, roles over time. */
public final class ContactService {

    public static final int SEARCH_LIMIT = 500;

    private final ContactRepository contacts;
    private final ContactRoleRepository roles;
    private final ContactValidator validator;
    private final Transactions tx;
    private final Officer officer;
    private final Clock clock;

    public ContactService(ContactRepository contacts, ContactRoleRepository roles, ContactValidator validator,
                          Transactions tx, Officer officer, Clock clock) {
        this.contacts = contacts;
        this.roles = roles;
        this.validator = validator;
        this.tx = tx;
        this.officer = officer;
        this.clock = clock;
    }

    /** Contacts matching every word of the query; an empty query lists everyone (up to the limit). */
    public List<Contact> search(String query) {
        return contacts.search(NameFolding.searchKey(query), SEARCH_LIMIT);
    }

    public Optional<Contact> find(UUID id) {
        return contacts.find(id);
    }

    public List<Contact> all() {
        return contacts.all();
    }

    public List<Problem> validate(ContactDetails details) {
        return validator.check(details);
    }

    /**
     * Existing contacts that may be this same person: same email (any case), or the same name once
     * case, accents and transliteration are folded. {@code self} is left out (when editing).
     */
    public List<DuplicateCandidate> duplicatesOf(ContactDetails details, UUID self) {
        Map<UUID, DuplicateCandidate> found = new LinkedHashMap<>();
        if (!details.emails().isEmpty()) {
            for (Contact c : contacts.withEmails(details.emails())) {
                found.putIfAbsent(c.id(), new DuplicateCandidate(c, DuplicateCandidate.Reason.SAME_EMAIL));
            }
        }
        if (!details.name().isEmpty()) {
            for (Contact c : contacts.withNameKey(NameFolding.nameKey(details.name()))) {
                found.putIfAbsent(c.id(), new DuplicateCandidate(c, DuplicateCandidate.Reason.SIMILAR_NAME));
            }
        }
        found.remove(self);
        return List.copyOf(found.values());
    }

    public Contact create(ContactDetails details) {
        requireValid(details);
        Contact contact = new Contact(RecordMeta.create(officer.name(), clock), details);
        contacts.save(contact);
        return contact;
    }

    public Contact update(Contact existing, ContactDetails details) {
        requireValid(details);
        Contact updated = new Contact(existing.meta().touch(officer.name(), clock), details);
        contacts.save(updated);
        return updated;
    }

    private void requireValid(ContactDetails details) {
        List<Problem> problems = validator.check(details);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    public List<ContactRole> roles(UUID contactId) {
        return roles.forContact(contactId).stream()
                .sorted(Comparator.comparing(ContactRole::validFrom).reversed()).toList();
    }

    public ContactRole addRole(UUID contactId, UUID dialogueId, String countryCode, ContactRoleType type,
                               LocalDate from) {
        List<Problem> problems = new ArrayList<>();
        if (dialogueId == null) {
            problems.add(Problem.of("dialogue", "role.error.dialogueRequired"));
        }
        if (countryCode == null) {
            problems.add(Problem.of("country", "role.error.countryRequired"));
        }
        if (from == null) {
            problems.add(Problem.of("from", "role.error.fromRequired"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        ContactRole role = new ContactRole(RecordMeta.create(officer.name(), clock), contactId, dialogueId,
                countryCode, type, from, null);
        roles.save(role);
        return role;
    }

    /** Ends a role on that day; the role stays in the contact's history. */
    public ContactRole endRole(UUID roleId, LocalDate to) {
        ContactRole role = roles.find(roleId).orElseThrow(() -> new DeskException("This role no longer exists."));
        if (role.validTo() != null) {
            throw new ValidationException(List.of(Problem.of("to", "role.error.alreadyEnded", role.validTo())));
        }
        if (to == null || to.isBefore(role.validFrom())) {
            throw new ValidationException(List.of(Problem.of("to", "role.error.endBeforeStart", role.validFrom())));
        }
        ContactRole ended = new ContactRole(role.meta().touch(officer.name(), clock), role.contactId(),
                role.dialogueId(), role.countryCode(), role.type(), role.validFrom(), to);
        roles.save(ended);
        return ended;
    }

    /**
     * Merges {@code duplicateId} into {@code keepId}: the kept contact gains the other's emails,
     * phones and languages and any field it lacks; the other's roles move over with their dates;
     * the other is kept, soft-deleted, pointing at the survivor. All or nothing.
     */
    public Contact merge(UUID keepId, UUID duplicateId) {
        if (keepId.equals(duplicateId)) {
            throw new DeskException("A contact cannot be merged with itself.");
        }
        return tx.inTransaction(() -> {
            Contact keep = contacts.find(keepId).orElseThrow(() -> new DeskException("The contact to keep no longer exists."));
            Contact dup = contacts.find(duplicateId).orElseThrow(() -> new DeskException("The duplicate no longer exists."));
            Contact result = new Contact(keep.meta().touch(officer.name(), clock), merged(keep.details(), dup.details()));
            contacts.save(result);
            for (ContactRole r : roles.forContact(duplicateId)) {
                roles.save(new ContactRole(r.meta().touch(officer.name(), clock), keepId, r.dialogueId(),
                        r.countryCode(), r.type(), r.validFrom(), r.validTo()));
            }
            contacts.markMerged(new Contact(dup.meta().touch(officer.name(), clock), dup.details()), keepId);
            return result;
        });
    }

    /**
     * Folds details typed for a new contact into an existing one (the form's "merge into the existing
     * one"), by the rules of {@link #merge}, in one transaction: no record is made for the new details.
     */
    public Contact mergeNewInto(UUID existingId, ContactDetails incoming) {
        requireValid(incoming);
        return tx.inTransaction(() -> {
            Contact keep = contacts.find(existingId)
                    .orElseThrow(() -> new DeskException("The contact to keep no longer exists."));
            Contact result = new Contact(keep.meta().touch(officer.name(), clock), merged(keep.details(), incoming));
            contacts.save(result);
            return result;
        });
    }

    /**
     * Saves the edits to a contact and merges it into {@code keepId} ({@link #merge}), in one
     * transaction: a failed merge leaves the edited contact as it was.
     */
    public Contact mergeEditedInto(UUID keepId, Contact edited, ContactDetails typed) {
        return tx.inTransaction(() -> merge(keepId, update(edited, typed).id()));
    }

    /**
     * The kept contact's details, completed by the other's: lists united, empty fields filled, notes joined.
     * Publication consent stays the kept contact's own answer: a yes is never inferred from another record.
     */
    private static ContactDetails merged(ContactDetails a, ContactDetails b) {
        return new ContactDetails(a.name(), or(a.nameAr(), b.nameAr()), or(a.title(), b.title()),
                or(a.position(), b.position()), a.organisationId() != null ? a.organisationId() : b.organisationId(),
                a.countryCode() != null ? a.countryCode() : b.countryCode(),
                unionIgnoringCase(a.emails(), b.emails()), union(a.phones(), b.phones()),
                unionLangs(a.languages(), b.languages()), joinNotes(a.notes(), b.notes()),
                a.consent() != null ? a.consent() : b.consent(), a.publicationConsent());
    }

    private static String or(String a, String b) {
        return a.isEmpty() ? b : a;
    }

    private static String joinNotes(String a, String b) {
        if (b.isEmpty() || a.contains(b)) {
            return a;
        }
        return a.isEmpty() ? b : a + "\n" + b;
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static List<String> unionIgnoringCase(List<String> a, List<String> b) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String e : a) {
            byKey.putIfAbsent(e.toLowerCase(Locale.ROOT), e);
        }
        for (String e : b) {
            byKey.putIfAbsent(e.toLowerCase(Locale.ROOT), e);
        }
        return List.copyOf(byKey.values());
    }

    private static Set<Lang> unionLangs(Set<Lang> a, Set<Lang> b) {
        Set<Lang> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
