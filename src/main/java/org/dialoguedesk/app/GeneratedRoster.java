package org.dialoguedesk.app;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.roster.Contact.ContactDetails;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.roster.Organisation;

/** A database with many plausible contacts, made once per bench run (seeded: the same every time). */
final class GeneratedRoster {

    private static final String[] GIVEN = {"Mohamed", "Fatima", "Jean", "Marie", "Ahmed", "Aicha", "Peter", "Anna",
        "Youssef", "Khadija", "Luca", "Sofia", "Omar", "Leila", "Hans", "Ingrid", "Amadou", "Awa", "Karim", "Nadia"};
    private static final String[] FAMILY = {"Benali", "Diallo", "Dupont", "Rossi", "Haddad", "Traore", "Muller",
        "Kowalski", "El Amrani", "Ndiaye", "Garcia", "Nielsen", "Mansour", "Kone", "Popescu", "Novak", "Bakr",
        "Osei", "Mensah", "Berger"};

    private GeneratedRoster() {
    }

    static Path create(Path folder, int count) {
        Path file = folder.resolve("bench-" + count + ".db");
        try (Desk desk = Desk.open(file, false)) {
            addContacts(desk, count);
        }
        return file;
    }

    /** Adds {@code count} generated contacts through the contact service, in one transaction. */
    static void addContacts(Desk desk, int count) {
        Random random = new Random(42);
        List<Country> countries = desk.roster().countries();
        List<Organisation> orgs = desk.roster().organisations();
        desk.database().run(() -> {
            for (int i = 0; i < count; i++) {
                String given = GIVEN[random.nextInt(GIVEN.length)];
                String family = FAMILY[random.nextInt(FAMILY.length)];
                Country country = countries.get(random.nextInt(countries.size()));
                Organisation org = orgs.get(random.nextInt(orgs.size()));
                String email = (given + "." + family + i).toLowerCase().replace(' ', '-') + "@example.org";
                desk.contacts().create(new ContactDetails(given + " " + family, "", "", "Officer",
                        org.meta().id(), country.code(), List.of(email), List.of("+43 1 504 46 77"),
                        EnumSet.of(Lang.EN), "", null));
            }
        });
    }
}
