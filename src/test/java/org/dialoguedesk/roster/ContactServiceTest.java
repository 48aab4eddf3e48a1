package org.dialoguedesk.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.StoreException;
import org.dialoguedesk.common.ValidationException;
import org.dialoguedesk.roster.Contact.ContactDetails;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactServiceTest {

    @TempDir
    Path dir;
    private Desk desk;
    private ContactService contacts;
    private UUID ministry;
    private UUID mtm;

    @BeforeEach
    void open() {
        desk = TestDesks.withSampleData(dir);
        contacts = desk.contacts();
        ministry = desk.roster().organisationByKey("MAR_MOI").orElseThrow().meta().id();
        mtm = desk.roster().dialogueByKey("MTM").orElseThrow().meta().id();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private ContactDetails details(String name, String... emails) {
        return new ContactDetails(name, "", "Mr", "Director of Migration", ministry, "MAR", List.of(emails),
                List.of("+212 5 37 00 00 00"), EnumSet.of(Lang.FR, Lang.AR), "", null);
    }

    @Test
    void createdContactIsFoundBySearchOnNameOrganisationCountryAndEmail() {
        Contact c = contacts.create(details("Youssef El Idrissi", "y.elidrissi@interieur.example.gov"));
        assertEquals(1, c.meta().revision());
        assertTrue(contacts.search("idris").stream().anyMatch(x -> x.id().equals(c.id())));
        assertTrue(contacts.search("maroc idrissi").stream().anyMatch(x -> x.id().equals(c.id())), "French country name");
        assertTrue(contacts.search("المغرب").stream().anyMatch(x -> x.id().equals(c.id())), "Arabic country name");
        assertTrue(contacts.search("interieur.example").stream().anyMatch(x -> x.id().equals(c.id())), "email");
        assertTrue(contacts.search("ÉL IDRÏSSI").stream().anyMatch(x -> x.id().equals(c.id())), "accents, case");
        assertTrue(contacts.search("idrissi nonexistentword").isEmpty());
    }

    @Test
    void searchFollowsRenamesAndHandlesShortWords() {
        Contact c = contacts.create(details("Hassan Ouazzani", "h.ouazzani@example.gov"));
        Contact renamed = contacts.update(c, details("Hassan Tahiri", "h.tahiri@example.gov"));
        assertTrue(contacts.search("ouazzani").isEmpty(), "the old name is no longer found");
        assertEquals(List.of(renamed.id()), contacts.search("tahiri").stream().map(Contact::id).toList());
        assertTrue(contacts.search("ha tahiri").stream().anyMatch(x -> x.id().equals(c.id())), "two-letter words");
        assertTrue(contacts.search("hassan ta").stream().anyMatch(x -> x.id().equals(c.id())));
    }

    @Test
    void invalidContactIsRefusedWithEveryProblemAndNothingIsSaved() {
        int before = contacts.all().size();
        ValidationException e = assertThrows(ValidationException.class, () -> contacts.create(
                new ContactDetails(" ", "", "", "", null, "ZZZ", List.of("not-an-email"), List.of("call me"),
                        Set.of(), "", null)));
        Set<String> fields = Set.copyOf(e.problems().stream().map(p -> p.field()).toList());
        assertEquals(Set.of("name", "emails", "phones", "country"), fields);
        assertEquals(before, contacts.all().size());
    }

    @Test
    void duplicateWarningFindsSameEmailInAnyCaseAndTransliteratedNames() {
        Contact existing = contacts.create(details("Abdelkader Zerrouki", "a.zerrouki@example.gov"));
        List<DuplicateCandidate> byName = contacts.duplicatesOf(details("Abdel Kader Zerouki"), null);
        assertEquals(1, byName.size());
        assertEquals(DuplicateCandidate.Reason.SIMILAR_NAME, byName.get(0).reason());
        List<DuplicateCandidate> byEmail = contacts.duplicatesOf(details("Someone Else", "A.ZERROUKI@example.gov"), null);
        assertEquals(existing.id(), byEmail.get(0).contact().id());
        assertEquals(DuplicateCandidate.Reason.SAME_EMAIL, byEmail.get(0).reason());
        assertTrue(contacts.duplicatesOf(existing.details(), existing.id()).isEmpty(), "a contact is no duplicate of itself");
    }

    @Test
    void mergeKeepsBothHistoriesAndEveryEmail() {
        Contact a = contacts.create(details("Mohamed Benali", "m.benali@example.gov"));
        Contact b = contacts.create(details("Mohammed Ben Ali", "benali.m@example.org"));
        contacts.addRole(a.id(), mtm, "MAR", ContactRoleType.NATIONAL_FOCAL_POINT, LocalDate.of(2015, 1, 1));
        ContactRole old = contacts.addRole(b.id(), mtm, "MAR", ContactRoleType.CONTACT_POINT, LocalDate.of(2010, 1, 1));
        contacts.endRole(old.meta().id(), LocalDate.of(2014, 12, 31));

        Contact merged = contacts.merge(a.id(), b.id());

        assertEquals(List.of("m.benali@example.gov", "benali.m@example.org"), merged.emails());
        List<ContactRole> roles = contacts.roles(a.id());
        assertEquals(2, roles.size());
        assertTrue(roles.stream().anyMatch(r -> r.validTo() != null && r.validTo().equals(LocalDate.of(2014, 12, 31))));
        assertTrue(contacts.search("benali").stream().noneMatch(c -> c.id().equals(b.id())), "the duplicate leaves lists");
        assertTrue(contacts.find(b.id()).isPresent(), "but its record is kept for history");
    }

    @Test
    void mergeNewIntoFoldsTypedDetailsIntoTheExistingContactWithoutARecordOfTheirOwn() {
        Contact a = contacts.create(details("Mohamed Benali", "m.benali@example.gov"));
        int before = contacts.all().size();
        ContactDetails typed = new ContactDetails("Mohammed Ben Ali", "محمد بن علي", "", "", null, null,
                List.of("M.Benali@example.gov", "benali.m@example.org"), List.of("+212 6 00 00 00 00"),
                EnumSet.of(Lang.EN), "met in Rabat", new Consent(ConsentBasis.CONSENT, LocalDate.of(2024, 3, 12), "form"));

        Contact merged = contacts.mergeNewInto(a.id(), typed);

        assertEquals(a.id(), merged.id());
        assertEquals(a.meta().revision() + 1, merged.meta().revision());
        assertEquals("Mohamed Benali", merged.name(), "the existing contact keeps its name");
        assertEquals("محمد بن علي", merged.details().nameAr(), "and gains the fields it lacked");
        assertEquals(List.of("m.benali@example.gov", "benali.m@example.org"), merged.emails());
        assertEquals(List.of("+212 5 37 00 00 00", "+212 6 00 00 00 00"), merged.details().phones());
        assertEquals(EnumSet.of(Lang.FR, Lang.AR, Lang.EN), merged.details().languages());
        assertEquals(ConsentBasis.CONSENT, merged.details().consent().basis());
        assertEquals(before, contacts.all().size(), "no record for the typed details");
        assertEquals(merged, contacts.find(a.id()).orElseThrow());
    }

    @Test
    void mergeNewIntoChangesNothingWhenTheTypedDetailsAreInvalidOrTheContactIsGone() {
        Contact a = contacts.create(details("Mohamed Benali", "m.benali@example.gov"));
        assertThrows(ValidationException.class, () -> contacts.mergeNewInto(a.id(), details("Mohamed Benali", "not-an-email")));
        assertThrows(DeskException.class, () -> contacts.mergeNewInto(UUID.randomUUID(), details("X Y", "x@example.org")));
        assertEquals(a, contacts.find(a.id()).orElseThrow());
    }

    @Test
    void endingARoleKeepsItAndTheCountryPageShowsPastAndCurrentFocalPoints() {
        Contact before = contacts.create(details("Karim Tazi", "k.tazi@example.gov"));
        Contact now = contacts.create(details("Salma Bennis", "s.bennis@example.gov"));
        ContactRole r1 = contacts.addRole(before.id(), mtm, "MAR", ContactRoleType.NATIONAL_FOCAL_POINT, LocalDate.of(2016, 3, 1));
        contacts.endRole(r1.meta().id(), LocalDate.of(2019, 6, 30));
        contacts.addRole(now.id(), mtm, "MAR", ContactRoleType.NATIONAL_FOCAL_POINT, LocalDate.of(2019, 7, 1));

        List<CountryOverview.FocalPoint> fps = desk.roster().countryOverview("MAR").focalPoints();
        assertTrue(fps.stream().anyMatch(f -> f.contact().id().equals(before.id()) && !f.role().isActiveOn(LocalDate.of(2020, 1, 1))));
        assertTrue(fps.stream().anyMatch(f -> f.contact().id().equals(now.id()) && f.role().isActiveOn(LocalDate.of(2020, 1, 1))));
        assertThrows(ValidationException.class, () -> contacts.endRole(r1.meta().id(), LocalDate.of(2020, 1, 1)));
    }

    @Test
    void editFromAStaleCopyIsRefusedInsteadOfUndoingAnotherChange() {
        Contact original = contacts.create(details("Leila Haddad", "l.haddad@example.gov"));
        Contact edited = contacts.update(original, details("Leila Haddad", "leila.haddad@example.gov"));
        assertEquals(2, edited.meta().revision());
        assertThrows(StoreException.class, () -> contacts.update(original, details("Leila H.", "x@example.gov")));
        assertEquals(List.of("leila.haddad@example.gov"), contacts.find(original.id()).orElseThrow().emails());
    }

    @Test
    void changesRecordTheOfficerFromSettings() {
        desk.settings().put(org.dialoguedesk.common.Settings.OFFICER_NAME, "Amina Diallo");
        Contact c = contacts.create(details("Omar Mansour", "o.mansour@example.gov"));
        assertEquals("Amina Diallo", c.meta().updatedBy());
        assertEquals("Amina Diallo", contacts.find(c.id()).orElseThrow().meta().updatedBy());
        assertFalse(c.meta().createdAt().isAfter(c.meta().updatedAt()));
    }
}
