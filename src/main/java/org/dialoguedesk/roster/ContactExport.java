package org.dialoguedesk.roster;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.table.Table;
import org.dialoguedesk.common.table.TableFileFormat;
import org.dialoguedesk.common.table.TableFiles;

/**
 * Writes the roster's active contacts as CSV or XLSX with the desk's own header (so an export can
 * be imported again as it is), or as vCards. Each row carries one role: the contact's current one,
 * else its latest; with a dialogue, only contacts who ever held a role in that dialogue, and that
 * dialogue's role.
 */
public final class ContactExport {

    /** The file formats an export can take. */
    public enum Format {
        CSV, XLSX, VCF
    }

    private final ContactService contacts;
    private final RosterService roster;
    private final TableFiles files;
    private final Clock clock;

    public ContactExport(ContactService contacts, RosterService roster, TableFiles files, Clock clock) {
        this.contacts = contacts;
        this.roster = roster;
        this.files = files;
        this.clock = clock;
    }

    /** Writes the export atomically and returns how many contacts it holds. */
    public int export(Path file, Format format, Optional<UUID> dialogueId) throws IOException {
        List<Entry> entries = entries(dialogueId);
        switch (format) {
            case CSV -> files.write(table(entries), file, TableFileFormat.CSV);
            case XLSX -> files.write(table(entries), file, TableFileFormat.XLSX);
            case VCF -> new VCardWriter().write(entries.stream()
                    .map(e -> new VCardWriter.Card(e.contact(), organisationName(e.contact()))).toList(), file);
        }
        return entries.size();
    }

    /** The export as a table with exactly {@link ContactColumn#standardHeader()}. */
    public Table table(Optional<UUID> dialogueId) {
        return table(entries(dialogueId));
    }

    private record Entry(Contact contact, Optional<ContactRole> role) {
    }

    private List<Entry> entries(Optional<UUID> dialogueId) {
        LocalDate today = LocalDate.now(clock);
        Predicate<ContactRole> inScope = r -> dialogueId.map(id -> id.equals(r.dialogueId())).orElse(true);
        List<Entry> entries = new ArrayList<>();
        for (Contact c : contacts.all()) {
            List<ContactRole> roles = contacts.roles(c.id()).stream().filter(inScope).toList();
            if (dialogueId.isPresent() && roles.isEmpty()) {
                continue;
            }
            Optional<ContactRole> role = roles.stream().filter(r -> r.isActiveOn(today)).findFirst()
                    .or(() -> roles.stream().max(Comparator.comparing(ContactRole::validFrom)));
            entries.add(new Entry(c, role));
        }
        return entries;
    }

    private Table table(List<Entry> entries) {
        List<List<String>> rows = new ArrayList<>();
        for (Entry e : entries) {
            Contact.ContactDetails d = e.contact().details();
            Optional<Consent> consent = d.consentRecord();
            Optional<ContactRole> role = e.role();
            rows.add(List.of(d.name(), d.nameAr(), d.title(), d.position(), organisationKey(d.organisationId()),
                    orEmpty(d.countryCode()), join(d.emails()), join(d.phones()),
                    join(languages(d)), d.notes(),
                    role.map(r -> r.type().name()).orElse(""),
                    role.flatMap(r -> roster.dialogue(r.dialogueId())).map(Dialogue::key).orElse(""),
                    role.map(ContactRole::countryCode).orElse(""),
                    role.map(r -> r.validFrom().toString()).orElse(""),
                    role.map(ContactRole::validTo).map(LocalDate::toString).orElse(""),
                    consent.map(Consent::basis).map(Enum::name).orElse(""),
                    consent.map(Consent::date).map(LocalDate::toString).orElse(""),
                    consent.map(Consent::source).orElse(""),
                    d.publicationConsent() ? ContactRowParser.YES.get(0) : ContactRowParser.NO.get(0)));
        }
        return new Table(ContactColumn.standardHeader(), rows);
    }

    /** In the contact's order, main working language first, so an export imports back the same. */
    private static List<String> languages(Contact.ContactDetails d) {
        return d.languages().stream().map(Lang::code).toList();
    }

    /** The key the importer resolves first; organisations without one go by acronym or name. */
    private String organisationKey(UUID id) {
        return roster.organisation(id).map(o -> !o.refKey().isEmpty() ? o.refKey()
                : !o.acronym().isEmpty() ? o.acronym() : o.name().en()).orElse("");
    }

    private String organisationName(Contact c) {
        return roster.organisation(c.details().organisationId()).map(o -> o.name().in(Lang.EN)).orElse("");
    }

    private static String join(List<String> values) {
        return String.join(ContactRowParser.LIST_SEPARATOR, values);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
