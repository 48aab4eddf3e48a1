package org.dialoguedesk.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Settings;
import org.dialoguedesk.roster.Contact;
import org.dialoguedesk.roster.Contact.ContactDetails;
import org.dialoguedesk.roster.ContactRoleType;

/** A real desk on a temporary file with the sample rosters, plus a few contacts the tests search for. */
public final class TestDesks {

    private TestDesks() {
    }

    public static Desk withSampleData(Path dir) {
        Desk desk = Desk.open(dir.resolve("desk.db"), false);
        desk.settings().put(Settings.OFFICER_NAME, "Test Officer");
        if (desk.contacts().search("lahlou").isEmpty()) {
            Contact karim = desk.contacts().create(details("Karim Lahlou", "كريم لحلو", "MAR", "k.lahlou@example.gov"));
            desk.contacts().create(details("Amina Diallo", "", "SEN", "a.diallo@example.sn"));
            desk.contacts().create(details("Jean Martin", "", "FRA", "jean.martin@example.fr"));
            desk.contacts().create(details("Layla Haddad", "ليلى حداد", "JOR", "l.haddad@example.jo"));
            desk.contacts().addRole(karim.id(), desk.roster().dialogueByKey("MTM").orElseThrow().meta().id(), "MAR",
                    ContactRoleType.NATIONAL_FOCAL_POINT, LocalDate.of(2016, 3, 1));
        }
        return desk;
    }

    public static ContactDetails details(String name, String nameAr, String country, String email) {
        return new ContactDetails(name, nameAr, "", "", null, country, List.of(email), List.of(),
                Set.of(Lang.EN), "", null);
    }
}
