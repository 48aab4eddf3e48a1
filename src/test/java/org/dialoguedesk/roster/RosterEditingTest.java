package org.dialoguedesk.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding and editing organisations and dialogues: the rules, per field, on a real desk. */
class RosterEditingTest {

    @TempDir
    Path dir;
    private Desk desk;
    private RosterService roster;

    @BeforeEach
    void open() {
        desk = TestDesks.withSampleData(dir);
        roster = desk.roster();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private static Set<String> fields(ValidationException e) {
        return e.problems().stream().map(Problem::field).collect(Collectors.toSet());
    }

    private static Set<String> messages(ValidationException e) {
        return e.problems().stream().map(Problem::messageKey).collect(Collectors.toSet());
    }

    @Test
    void ministryWithoutCountryIsRefusedUnderTheCountryField() {
        ValidationException e = assertThrows(ValidationException.class, () -> roster.createOrganisation(
                "", "MoI", Localized.of("Ministry of the Interior"), OrganisationType.MINISTRY, " "));
        assertEquals(Set.of("country"), fields(e));
        assertEquals(Set.of("organisation.error.countryRequired"), messages(e));
        Organisation saved = roster.createOrganisation("", "MoI", Localized.of("Ministry of the Interior"),
                OrganisationType.MINISTRY, "mrt");
        assertEquals("MRT", roster.organisation(saved.meta().id()).orElseThrow().countryCode());
    }

    @Test
    void partnerAgencyNeedsNoCountryButAnEnglishName() {
        ValidationException e = assertThrows(ValidationException.class, () -> roster.createOrganisation(
                "NEWAG", "NA", new Localized("", "Nouvelle agence", ""), OrganisationType.PARTNER_AGENCY, null));
        assertEquals(Set.of("name"), fields(e));
        assertTrue(roster.createOrganisation("NEWAG", "NA", Localized.of("New Agency"),
                OrganisationType.PARTNER_AGENCY, null).country().isEmpty());
    }

    @Test
    void organisationKeysAreUpperCaseAndUnique() {
        ValidationException lower = assertThrows(ValidationException.class, () -> roster.createOrganisation(
                "iom-2", "", Localized.of("Another"), OrganisationType.OTHER, null));
        assertEquals(Set.of("roster.error.keyFormat"), messages(lower));
        ValidationException taken = assertThrows(ValidationException.class, () -> roster.createOrganisation(
                "IOM", "", Localized.of("Another"), OrganisationType.OTHER, null));
        assertEquals(Set.of("organisation.error.keyTaken"), messages(taken));
        ValidationException unknown = assertThrows(ValidationException.class, () -> roster.createOrganisation(
                "", "", Localized.of("Somewhere"), OrganisationType.OTHER, "XYZ"));
        assertEquals(Set.of("organisation.error.countryUnknown"), messages(unknown));
    }

    @Test
    void editingAnOrganisationKeepsItsKeyAndBumpsTheRevision() {
        Organisation iom = roster.organisationByKey("IOM").orElseThrow();
        Organisation renamed = roster.updateOrganisation(new Organisation(iom.meta(), iom.refKey(), iom.acronym(),
                new Localized("International Organization for Migration (UN)", iom.name().fr(), iom.name().ar()),
                iom.type(), null));
        assertEquals(iom.meta().revision() + 1, renamed.meta().revision());
        assertEquals("International Organization for Migration (UN)",
                roster.organisation(iom.meta().id()).orElseThrow().name().en());
        // the old copy is stale now: saving it again would undo the rename
        assertThrows(DeskException.class, () -> roster.updateOrganisation(iom));
        ValidationException clash = assertThrows(ValidationException.class, () -> roster.updateOrganisation(
                new Organisation(renamed.meta(), "UNHCR", renamed.acronym(), renamed.name(), renamed.type(), null)));
        assertEquals(Set.of("organisation.error.keyTaken"), messages(clash));
    }

    @Test
    void overviewListsMembershipsAndContactsOfTheOrganisation() {
        Organisation iom = roster.organisationByKey("IOM").orElseThrow();
        OrganisationOverview o = roster.organisationOverview(iom.meta().id());
        assertEquals(iom, o.organisation());
        assertTrue(o.memberships().stream().allMatch(m -> iom.meta().id().equals(m.organisationId())));
        assertTrue(o.contacts().stream().allMatch(c -> iom.meta().id().equals(c.details().organisationId())));
        Organisation moi = roster.organisationByKey("MAR_MOI").orElseThrow();
        assertEquals("Morocco", roster.organisationOverview(moi.meta().id()).country().orElseThrow().name().en());
    }

    private static Dialogue draft(String key, String acronym, String name, Integer year) {
        return new Dialogue(null, key, Localized.of(acronym), Localized.of(name), year, Localized.of(""),
                List.of(" Labour migration ", "", "Return"), null, DialogueStatus.ACTIVE);
    }

    @Test
    void newDialogueNeedsKeyAcronymNameAndASensibleYear() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> roster.createDialogue(draft("", "", "", 1949)));
        assertEquals(Set.of("key", "acronym", "name", "startYear"), fields(e));
        ValidationException future = assertThrows(ValidationException.class,
                () -> roster.createDialogue(draft("NEW", "ND", "New Dialogue", 2028)));
        assertEquals(Set.of("dialogue.error.startYearRange"), messages(future));
        Dialogue nd = roster.createDialogue(draft("NEW", "ND", "New Dialogue", 2027));
        assertEquals(List.of("Labour migration", "Return"), roster.dialogue(nd.meta().id()).orElseThrow()
                .thematicAreas());
    }

    @Test
    void dialogueKeysAreUpperCaseAndUnique() {
        assertEquals(Set.of("roster.error.keyFormat"), messages(assertThrows(ValidationException.class,
                () -> roster.createDialogue(draft("New one", "ND", "New Dialogue", 2020)))));
        assertEquals(Set.of("dialogue.error.keyTaken"), messages(assertThrows(ValidationException.class,
                () -> roster.createDialogue(draft("MTM", "ND", "New Dialogue", 2020)))));
    }

    @Test
    void editingADialogueSavesItsDescriptionAndRefusesAStaleCopy() {
        Dialogue mtm = roster.dialogueByKey("MTM").orElseThrow();
        Dialogue edited = new Dialogue(mtm.meta(), mtm.key(), mtm.acronym(), mtm.name(), mtm.startYear(),
                new Localized("Mediterranean Transit Migration.", "", "حوار الهجرة العابرة"), mtm.thematicAreas(),
                roster.organisationByKey("ICMPD").orElseThrow().meta().id(), DialogueStatus.ACTIVE);
        Dialogue saved = roster.updateDialogue(edited);
        Dialogue read = roster.dialogue(mtm.meta().id()).orElseThrow();
        assertEquals("Mediterranean Transit Migration.", read.description().en());
        assertEquals("حوار الهجرة العابرة", read.description().ar());
        assertEquals(saved.meta().revision(), read.meta().revision());
        assertThrows(DeskException.class, () -> roster.updateDialogue(edited));
        ValidationException noName = assertThrows(ValidationException.class, () -> roster.updateDialogue(
                new Dialogue(saved.meta(), saved.key(), saved.acronym(), Localized.of(""), saved.startYear(),
                        saved.description(), saved.thematicAreas(), saved.secretariatId(), saved.status())));
        assertEquals(Set.of("name"), fields(noName));
    }
}
