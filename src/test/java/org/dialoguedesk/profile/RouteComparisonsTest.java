package org.dialoguedesk.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.ValidationException;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.roster.DialogueStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A route's countries compared on their country profiles' figures, on a real database: route order,
 * the latest year or a chosen one, missing profiles and figures said in words, which profile is read,
 * and the comparison pulled into the route's text without touching what the drafters wrote.
 */
class RouteComparisonsTest {

    /** A clock one minute later at every reading, so "most recently changed" means something. */
    private static final class Ticking extends Clock {
        private Instant now = Instant.parse("2026-11-23T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            now = now.plusSeconds(60);
            return now;
        }
    }

    @TempDir
    Path dir;
    Desk desk;
    ProfileService profiles;
    RouteComparisons comparisons;
    ProfileTemplate template;
    Profile route;

    @BeforeEach
    void open() {
        desk = Desk.open(dir.resolve("desk.db"), true, new Ticking());
        profiles = desk.profiles();
        comparisons = desk.routeComparisons();
        template = profiles.addTemplate(new ProfileTemplate(null, "irregular_mixed_migration",
                Localized.of("Irregular and mixed migration"), Set.of(ProfileKind.COUNTRY, ProfileKind.ROUTE), List.of(
                new TemplateSection("background", Localized.of("General background"), Access.PUBLIC, null),
                new TemplateSection("detection", new Localized("Detection", "Détection", "الكشف"), Access.PUBLIC,
                        null))));
        route = profiles.createProfile(new Profile(null, "route-cm", ProfileKind.ROUTE, template.meta().id(), null,
                null, "", List.of("NER", "LBY", "TUN", "ITA"), Localized.of("Central Mediterranean route"),
                Access.PUBLIC, Lang.EN));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private Profile country(String key, String code, UUID dialogue) {
        return profiles.createProfile(new Profile(null, key, ProfileKind.COUNTRY, template.meta().id(), dialogue,
                code, "", List.of(), Localized.of(key), Access.PUBLIC, Lang.EN));
    }

    private void figure(Profile p, String code, int year, String value) {
        profiles.saveIndicator(p.id(), "detection", new Indicator(null, p.id(), 0, code,
                new Localized("Detections at sea", "Détections en mer", "حالات الكشف في البحر"), year, value,
                "persons", "MTM questionnaire 2025, answer of " + p.countryCode(),
                "https://www.example.org/mtm/" + p.countryCode(), "fictional figure, sample data", ""));
    }

    @Test
    void eachCountryShowsItsLatestFigureInRouteOrderAndAMissingProfileOrFigureInWords() {
        Profile tunisia = country("tun", "TUN", null);
        figure(tunisia, "sea", 2022, "9800");
        figure(tunisia, "sea", 2024, "12400");
        figure(tunisia, "sea", 2023, "14600");
        Profile niger = country("ner", "NER", null);
        figure(niger, "land", 2023, "7300");

        RouteComparison c = comparisons.compare(route.id(), null);
        assertEquals(List.of("NER", "LBY", "TUN", "ITA"), c.columns().stream()
                .map(RouteComparison.Column::countryCode).toList(), "columns in route order");
        assertEquals("Niger", c.columns().get(0).countryName().en());
        assertEquals("ليبيا", c.columns().get(1).countryName().ar());
        assertEquals(2, c.countriesWithProfile());
        assertEquals(List.of("land", "sea"), c.rows().stream().map(RouteComparison.Row::code).toList(),
                "indicators in the order the countries along the route give them");
        RouteComparison.Row sea = c.rows().get(1);
        ComparisonTable en = new ComparisonTable(Lang.EN);
        assertEquals(List.of("\u2014", "no profile", "12,400 (2024)", "no profile"),
                sea.cells().stream().map(cell -> en.cell(sea, cell)).toList());
        assertEquals("MTM questionnaire 2025, answer of TUN\nhttps://www.example.org/mtm/TUN\n"
                + "fictional figure, sample data", en.citation(sea.cells().get(2)), "each figure keeps its source");
        assertEquals("12\u00a0400 (2024)", new ComparisonTable(Lang.FR).cell(sea, sea.cells().get(2)));
        assertEquals("pas de profil", new ComparisonTable(Lang.FR).cell(sea, sea.cells().get(1)));

        RouteComparison of2023 = comparisons.compare(route.id(), 2023);
        RouteComparison.Row sea2023 = of2023.rows().get(1);
        assertEquals("14,600 (2023)", en.cell(sea2023, sea2023.cells().get(2)), "the chosen year, not the latest");
        assertEquals(List.of(2024, 2023, 2022), c.years(), "every year a figure is known for");
    }

    @Test
    void aCountryWithSeveralProfilesIsReadFromItsDialoguesElseTheMostRecentlyChanged() {
        Profile older = country("tun-a", "TUN", null);
        figure(older, "sea", 2024, "1");
        Profile newer = country("tun-b", "TUN", null);
        figure(newer, "sea", 2024, "2");
        assertEquals("tun-b", comparisons.compare(route.id(), null).columns().get(2).profile().orElseThrow().key());
        profiles.saveText(older.id(), "background", Lang.EN, "Edited last.");
        assertEquals("tun-a", comparisons.compare(route.id(), null).columns().get(2).profile().orElseThrow().key());

        Dialogue mtm = desk.roster().createDialogue(new Dialogue(null, "MTM2", Localized.of("MTM"),
                Localized.of("Mediterranean Transit Migration"), 2002, Localized.of(""), List.of(), null,
                DialogueStatus.values()[0]));
        Profile ofDialogue = country("tun-mtm", "TUN", mtm.meta().id());
        Profile mtmRoute = profiles.createProfile(new Profile(null, "route-mtm", ProfileKind.ROUTE,
                template.meta().id(), mtm.meta().id(), null, "", List.of("LBY", "TUN"), Localized.of("MTM route"),
                Access.PUBLIC, Lang.EN));
        profiles.saveText(older.id(), "background", Lang.EN, "Edited after the dialogue's profile.");
        assertEquals(ofDialogue.id(), comparisons.compare(mtmRoute.id(), null).columns().get(1).profile()
                .orElseThrow().id(), "the route's dialogue first, even when another changed later");
    }

    @Test
    void onlyARouteIsCompared() {
        Profile tunisia = country("tun", "TUN", null);
        ValidationException refused = assertThrows(ValidationException.class,
                () -> comparisons.compare(tunisia.id(), null));
        assertEquals("profile.compare.problem.notRoute", refused.problems().get(0).messageKey());
    }

    @Test
    void pullingTheComparisonKeepsHandWrittenTextAndRefreshesOnlyItsBlock() {
        Profile tunisia = country("tun", "TUN", null);
        figure(tunisia, "sea", 2023, "14600");
        profiles.saveText(route.id(), "detection", Lang.EN, "Hand-written introduction.\n");
        profiles.saveText(route.id(), "detection", Lang.AR, "مقدمة مكتوبة يدوياً.\n");

        ComparisonInsert first = comparisons.plan(route.id(), "detection", null);
        assertEquals(List.of(Lang.EN, Lang.AR), first.changes().stream().map(ComparisonInsert.Change::lang).toList(),
                "every language the section is written in, and only those");
        assertTrue(first.changes().get(0).inserts());
        comparisons.apply(first);
        String en = profiles.text(route.id(), "detection", Lang.EN).orElseThrow().markdown();
        assertTrue(en.startsWith("Hand-written introduction.\n\n<!-- comparison route-countries \u00b7 "), en);
        assertTrue(en.contains("| Indicator | Unit | Niger | Libya | Tunisia | Italy |"), en);
        assertTrue(en.contains("| Detections at sea | persons | no profile | no profile | 14,600 (2023) | no profile |"),
                en);
        assertTrue(en.contains("[MTM questionnaire 2025, answer of TUN](https://www.example.org/mtm/TUN)"), en);
        String ar = profiles.text(route.id(), "detection", Lang.AR).orElseThrow().markdown();
        assertTrue(ar.contains("| المؤشر | الوحدة | النيجر | ليبيا | تونس | إيطاليا |"), ar);
        assertTrue(ar.contains("حالات الكشف في البحر"), ar);
        assertTrue(comparisons.plan(route.id(), "detection", null).isEmpty(), "the same figures change nothing");

        // the drafters write around the block; a new figure refreshes the block only
        String written = en.replace("Hand-written introduction.", "Hand-written introduction, revised.")
                + "\nA closing remark written after the table.\n";
        profiles.saveText(route.id(), "detection", Lang.EN, written);
        figure(tunisia, "sea", 2024, "12400");
        ComparisonInsert refresh = comparisons.plan(route.id(), "detection", null);
        assertFalse(refresh.changes().get(0).inserts());
        assertTrue(refresh.changes().get(0).before().contains("14,600 (2023)"));
        comparisons.apply(refresh);
        String after = profiles.text(route.id(), "detection", Lang.EN).orElseThrow().markdown();
        assertTrue(after.startsWith("Hand-written introduction, revised.\n\n"), after);
        assertTrue(after.endsWith("<!-- /comparison route-countries -->\n\nA closing remark written after the table.\n"),
                after);
        assertTrue(after.contains("12,400 (2024)") && !after.contains("14,600"), after);
        assertEquals(1, after.split("<!-- comparison route-countries", -1).length - 1, "one block, replaced");
    }

    @Test
    void aSectionWithNoTextGetsTheTableInItsSourceLanguageAndAValidatedSectionGoesBackToDraft() {
        Profile tunisia = country("tun", "TUN", null);
        figure(tunisia, "sea", 2023, "14600");
        ComparisonInsert none = comparisons.plan(route.id(), "background", 2023);
        assertEquals(List.of(Lang.EN), none.changes().stream().map(ComparisonInsert.Change::lang).toList());
        assertTrue(none.changes().get(0).after().contains("Figures of 2023 from each country profile."),
                none.changes().get(0).after());

        profiles.saveText(route.id(), "detection", Lang.EN, "Text.");
        profiles.changeStatus(route.id(), "detection", SectionStatus.IN_REVIEW, "", null, "");
        profiles.changeStatus(route.id(), "detection", SectionStatus.VALIDATED, "FRONTEX", LocalDate.of(2026, 11, 20),
                "");
        comparisons.apply(comparisons.plan(route.id(), "detection", null));
        ProfileSection detection = profiles.sections(route.id()).stream().filter(s -> s.code().equals("detection"))
                .findFirst().orElseThrow();
        assertEquals(SectionStatus.DRAFT, detection.status());
        assertTrue(detection.statusNote().startsWith("edited after validated (en, "), detection.statusNote());
    }

    @Test
    void numbersAreGroupedAsEachLanguageWritesThem() {
        assertEquals("1,234,567.5", ComparisonTable.number("1234567.5", Lang.EN));
        assertEquals("1\u00a0234\u00a0567,5", ComparisonTable.number("1234567.5", Lang.FR));
        assertEquals("950", ComparisonTable.number("950", Lang.AR));
        assertEquals("-7\u00a0400", ComparisonTable.number("-7400", Lang.AR));
        assertEquals("0.4", ComparisonTable.number("0.4", Lang.EN));
        assertEquals("n/a", ComparisonTable.number("n/a", Lang.EN));
    }
}
