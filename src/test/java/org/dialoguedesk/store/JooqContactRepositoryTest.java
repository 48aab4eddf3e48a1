package org.dialoguedesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.RecordMeta;
import org.dialoguedesk.roster.Contact;
import org.dialoguedesk.roster.Contact.ContactDetails;
import org.dialoguedesk.roster.Organisation;
import org.dialoguedesk.roster.OrganisationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contacts of an organisation, read from a real, migrated SQLite file. */
class JooqContactRepositoryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static Organisation organisation(String key) {
        return new Organisation(RecordMeta.create("tester", CLOCK), key, key, Localized.of(key + " agency"),
                OrganisationType.PARTNER_AGENCY, null);
    }

    private static Contact contact(String name, UUID organisation) {
        return new Contact(RecordMeta.create("tester", CLOCK), new ContactDetails(name, "", "", "", organisation,
                null, List.of(), List.of(), Set.of(), "", null));
    }

    @Test
    void ofOrganisationListsItsActiveContactsByName() {
        try (Database db = Database.open(dir.resolve("desk.db"))) {
            JooqContactRepository contacts = new JooqContactRepository(db);
            JooqOrganisationRepository organisations = new JooqOrganisationRepository(db, contacts);
            Organisation iom = organisation("IOM");
            Organisation other = organisation("OTHER");
            organisations.save(iom);
            organisations.save(other);
            UUID id = iom.meta().id();
            Contact zoe = contact("Zoé Martin", id);
            Contact adam = contact("Adam Ndiaye", id);
            Contact merged = contact("Adam N.", id);
            contacts.save(zoe);
            contacts.save(adam);
            contacts.save(merged);
            contacts.save(contact("Somebody Else", other.meta().id()));
            contacts.save(contact("Nobody's", null));
            contacts.markMerged(new Contact(merged.meta().touch("tester", CLOCK), merged.details()), adam.id());

            assertEquals(List.of("Adam Ndiaye", "Zoé Martin"),
                    contacts.ofOrganisation(id).stream().map(Contact::name).toList());
            assertEquals(List.of(), contacts.ofOrganisation(UUID.randomUUID()));
        }
    }
}
