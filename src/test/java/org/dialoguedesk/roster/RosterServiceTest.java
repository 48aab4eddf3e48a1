package org.dialoguedesk.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterServiceTest {

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

    private UUID mtm() {
        return roster.dialogueByKey("MTM").orElseThrow().meta().id();
    }

    private Set<String> partnerStates(UUID dialogue, LocalDate asOf) {
        return roster.members(dialogue, asOf, Set.of(MembershipRole.PARTNER_STATE)).stream()
                .map(Membership::countryCode).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyUnMemberStateAndKosovoIsKnownInThreeLanguages() {
        List<Country> countries = roster.countries();
        assertEquals(196, countries.size());
        Country kosovo = roster.country("XKX").orElseThrow();
        assertTrue(kosovo.name().en().startsWith("Kosovo"));
        Country morocco = roster.country("mar").orElseThrow();
        assertEquals("Morocco", morocco.name().en());
        assertEquals("Maroc", morocco.name().fr());
        assertEquals("المغرب", morocco.name().ar());
        assertEquals(Region.NORTH_AFRICA, morocco.region());
    }

    @Test
    void mtmPartnerStatesIn2008AreTheFoundersAndThe2004To2007Joiners() {
        Set<String> in2008 = partnerStates(mtm(), LocalDate.of(2008, 6, 30));
        assertEquals(27 + 8 + 1 + 2, in2008.size());
        assertTrue(in2008.containsAll(Set.of("DZA", "MAR", "TUR", "CZE", "HRV", "BGR", "ROU")));
        assertFalse(in2008.contains("SEN"), "Senegal joined in 2009");
        assertFalse(in2008.contains("KEN"), "Kenya joined in 2011");
        assertEquals(27, partnerStates(mtm(), LocalDate.of(2003, 1, 1)).size());
        assertTrue(partnerStates(mtm(), LocalDate.of(2012, 1, 1)).contains("KEN"));
    }

    @Test
    void leagueOfArabStatesObservesMtmSinceTheStart() {
        List<Membership> observers = roster.members(mtm(), LocalDate.of(2002, 6, 1), Set.of(MembershipRole.OBSERVER));
        assertTrue(observers.stream().anyMatch(m -> roster.memberName(m, Lang.EN).contains("League of Arab States")));
    }

    @Test
    void endedMembershipKeepsItsHistoryForTheAsOfFilter() {
        Membership kenya = roster.members(mtm(), LocalDate.of(2012, 1, 1), Set.of(MembershipRole.PARTNER_STATE))
                .stream().filter(m -> "KEN".equals(m.countryCode())).findFirst().orElseThrow();
        Membership ended = roster.endMembership(kenya.meta().id(), LocalDate.of(2020, 12, 31));
        assertEquals(2, ended.meta().revision());
        assertTrue(partnerStates(mtm(), LocalDate.of(2015, 1, 1)).contains("KEN"));
        assertFalse(partnerStates(mtm(), LocalDate.of(2021, 1, 1)).contains("KEN"));
        assertThrows(ValidationException.class, () -> roster.endMembership(kenya.meta().id(), LocalDate.of(2022, 1, 1)));
    }

    @Test
    void membershipIsCheckedBeforeItIsAdded() {
        ValidationException e = assertThrows(ValidationException.class, () -> roster.addMembership(mtm(),
                new MemberRef.OfCountry("MAR"), MembershipRole.PARTNER_STATE, LocalDate.of(2010, 1, 1), null, ""));
        assertEquals("membership.error.overlaps", e.problems().get(0).messageKey());
        ValidationException backwards = assertThrows(ValidationException.class, () -> roster.addMembership(mtm(),
                new MemberRef.OfCountry("JPN"), MembershipRole.OBSERVER, LocalDate.of(2010, 1, 1),
                LocalDate.of(2009, 1, 1), ""));
        assertEquals("to", backwards.problems().get(0).field());
        Membership added = roster.addMembership(mtm(), new MemberRef.OfCountry("JPN"), MembershipRole.OBSERVER,
                LocalDate.of(2010, 1, 1), null, "");
        assertNotNull(roster.members(mtm(), LocalDate.of(2011, 1, 1), Set.of(MembershipRole.OBSERVER)).stream()
                .filter(m -> m.meta().id().equals(added.meta().id())).findFirst().orElse(null));
    }

    @Test
    void countryPageShowsDialoguesFocalPointsAndBodies() {
        CountryOverview morocco = roster.countryOverview("MAR");
        Set<UUID> dialogues = morocco.memberships().stream().map(Membership::dialogueId).collect(Collectors.toSet());
        assertTrue(dialogues.contains(mtm()));
        assertTrue(dialogues.contains(roster.dialogueByKey("rabat").orElseThrow().meta().id()));
        assertFalse(morocco.organisations().isEmpty(), "the sample data has Moroccan ministries");
    }

    @Test
    void dialoguesAreFoundByKeyOrAcronymIgnoringCase() {
        assertTrue(roster.dialogueByKey("mtm").isPresent());
        assertTrue(roster.dialogueByKey("Budapest").isPresent());
        assertTrue(roster.dialogueByKey("nope").isEmpty());
    }
}
