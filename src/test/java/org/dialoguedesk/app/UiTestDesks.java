package org.dialoguedesk.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Settings;
import org.dialoguedesk.roster.Contact;
import org.dialoguedesk.roster.Contact.ContactDetails;
import org.dialoguedesk.roster.ContactRoleType;

/**
 * The sample desk of {@link TestDesks} as the window sees it after the first start (an officer's
 * name is set), with the few contacts the screen tests search for, added if the samples lack them.
 */
public final class UiTestDesks {

    private UiTestDesks() {
    }

    public static Desk withSampleData(Path dir) {
        Desk desk = TestDesks.withSampleData(dir);
        desk.settings().put(Settings.OFFICER_NAME, "Test Officer");
        ensure(desk, details("Karim Lahlou", "كريم لحلو", "MAR", "k.lahlou@example.gov"));
        ensure(desk, details("Amina Diallo", "", "SEN", "a.diallo@example.sn"));
        ensure(desk, details("Jean Martin", "", "FRA", "jean.martin@example.fr"));
        ensure(desk, details("Layla Haddad", "ليلى حداد", "JOR", "l.haddad@example.jo"));
        Contact karim = desk.contacts().search("Karim Lahlou").get(0);
        if (desk.contacts().roles(karim.id()).isEmpty()) {
            desk.contacts().addRole(karim.id(), desk.roster().dialogueByKey("MTM").orElseThrow().meta().id(), "MAR",
                    ContactRoleType.NATIONAL_FOCAL_POINT, LocalDate.of(2016, 3, 1));
        }
        return desk;
    }

    private static void ensure(Desk desk, ContactDetails d) {
        if (desk.contacts().search(d.name()).isEmpty()) {
            desk.contacts().create(d);
        }
    }

    public static ContactDetails details(String name, String nameAr, String country, String email) {
        return new ContactDetails(name, nameAr, "", "", null, country, List.of(email), List.of(),
                Set.of(Lang.EN), "", null);
    }

    /** The profiles screen's services as the window wires them. */
    public static org.dialoguedesk.profile.ui.ProfileServices profileServices(Desk desk) {
        return DeskWindow.profileServices(desk);
    }
}
