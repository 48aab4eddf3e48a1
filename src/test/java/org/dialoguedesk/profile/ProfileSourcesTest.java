package org.dialoguedesk.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profile's sources computed from its texts and indicators, the officer's notes on them, and place names. */
class ProfileSourcesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String IOM = "https://www.iom.int";
    private static final String REVIEW = "https://www.example.org/mar/annual-review-2024";
    private static final String STATS = "https://www.example.org/mar/statistics";

    @TempDir
    Path dir;
    Desk desk;
    ProfileService service;
    ProfileSources sources;
    ProfileTemplate template;
    Profile morocco;

    @BeforeEach
    void open() {
        desk = TestDesks.empty(dir);
        service = desk.profiles();
        sources = desk.profileSources();
        template = service.addTemplate(new ProfileTemplate(null, "irregular_mixed_migration",
                new Localized("Irregular and mixed migration", "Migration irrégulière et mixte",
                        "الهجرة غير النظامية والمختلطة"), Set.of(ProfileKind.COUNTRY, ProfileKind.CITY), List.of(
                new TemplateSection("background", new Localized("General background", "Contexte général", "خلفية عامة"),
                        Access.PUBLIC, null),
                new TemplateSection("asylum", new Localized("Asylum", "Asile", "اللجوء"), Access.RESTRICTED, null))));
        morocco = service.createProfile(new Profile(null, "mtm-country-MAR", ProfileKind.COUNTRY, template.meta().id(),
                null, "MAR", "", List.of(), new Localized("Morocco", "Maroc", "المغرب"), Access.PUBLIC, Lang.FR));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private static List<String> keys(ValidationException e) {
        return e.problems().stream().map(Problem::messageKey).toList();
    }

    private void writeTexts() {
        // the English text is written first, but French is the source language: French links come first
        service.saveText(morocco.id(), "background", Lang.EN, "See the [IOM](" + IOM + ") and the [review](" + REVIEW
                + ").");
        service.saveText(morocco.id(), "background", Lang.FR, "Voir la [revue annuelle](" + REVIEW + ").");
        service.saveText(morocco.id(), "background", Lang.AR, "انظر [المنظمة الدولية للهجرة](" + IOM + ").");
        service.saveText(morocco.id(), "asylum", Lang.EN, "Figures from the [IOM](" + IOM + ") and <" + STATS + ">.");
        service.saveIndicator(morocco.id(), "asylum", new Indicator(null, morocco.id(), 0, "asylum_applications",
                Localized.of("Asylum applications"), 2024, "4200", "persons", "Statistics office", STATS, "", ""));
        service.saveIndicator(morocco.id(), "background", new Indicator(null, morocco.id(), 0, "foreign_residents",
                Localized.of("Foreign residents"), 2024, "148152", "persons", "Census 2024",
                "https://www.example.org/mar/census-2024", "", ""));
    }

    @Test
    void sourcesAreEveryLinkOfTheTextsAndIndicatorsOnceInTheOrderAReaderMeetsThem() {
        writeTexts();
        List<Source> list = sources.sources(morocco.id());
        assertEquals(List.of(REVIEW, IOM, "https://www.example.org/mar/census-2024", STATS),
                list.stream().map(Source::url).toList(),
                "section by section; French (the source) before English; the section's indicators after its texts");
        assertEquals("revue annuelle", list.get(0).title(), "the first link text naming it");
        assertEquals("IOM", list.get(1).title());
        assertEquals("Census 2024", list.get(2).title(), "an indicator's source names its address");
        assertEquals(STATS, list.get(3).title(), "an autolink's text is its address");
        assertEquals(List.of("background", "asylum"), list.get(1).usedIn());
        assertEquals(List.of("asylum"), list.get(3).usedIn(), "a text and an indicator of one section: used once");
        assertTrue(list.stream().allMatch(s -> s.accessed() == null && s.problems().isEmpty()));
    }

    @Test
    void titleAndAccessedDateAreKeptPerAddressAndTheListFollowsTheTexts() {
        writeTexts();
        Source saved = sources.save(morocco.id(), REVIEW, "Annual review of irregular migration, 2024",
                LocalDate.of(2026, 11, 2));
        assertEquals("Annual review of irregular migration, 2024", saved.title());
        assertEquals("revue annuelle", saved.foundTitle());
        Source iom = sources.save(morocco.id(), IOM, "IOM", TODAY);
        assertEquals("IOM", iom.title(), "the link text itself: kept as the link text");

        Source review = sources.sources(morocco.id()).get(0);
        assertEquals("Annual review of irregular migration, 2024", review.title());
        assertEquals(LocalDate.of(2026, 11, 2), review.accessed());
        assertEquals(TODAY, sources.sources(morocco.id()).get(1).accessed());

        // the link leaves the texts: no longer listed; it comes back with its note
        service.saveText(morocco.id(), "background", Lang.FR, "Voir l'OIM.");
        service.saveText(morocco.id(), "background", Lang.EN, "See the [IOM](" + IOM + ").");
        assertFalse(sources.sources(morocco.id()).stream().anyMatch(s -> s.url().equals(REVIEW)));
        service.saveText(morocco.id(), "asylum", Lang.FR, "[Rapport](" + REVIEW + ")");
        Source back = sources.sources(morocco.id()).stream().filter(s -> s.url().equals(REVIEW)).findFirst()
                .orElseThrow();
        assertEquals(List.of("asylum"), back.usedIn());
        assertEquals("Annual review of irregular migration, 2024", back.title());

        Source cleared = sources.save(morocco.id(), REVIEW, " ", null);
        assertEquals("Rapport", cleared.title(), "a blank title: the link text again");
        assertNull(cleared.accessed());
    }

    @Test
    void aBadAddressAnUnknownOneAndAFutureDateAreRefusedWithTheirProblems() {
        writeTexts();
        service.saveText(morocco.id(), "asylum", Lang.AR, "[ملف](report.pdf) و[موقع](www.example.org)");
        List<Source> list = sources.sources(morocco.id());
        Source relative = list.stream().filter(s -> s.url().equals("report.pdf")).findFirst().orElseThrow();
        assertFalse(relative.isWebAddress());
        assertEquals(List.of(Problem.of("url", "profile.source.problem.url", "report.pdf")), relative.problems());

        ValidationException badUrl = assertThrows(ValidationException.class,
                () -> sources.save(morocco.id(), "report.pdf", "Report", TODAY));
        assertEquals(List.of("profile.source.problem.url"), keys(badUrl));
        ValidationException unknown = assertThrows(ValidationException.class,
                () -> sources.save(morocco.id(), "https://www.unhcr.org", "UNHCR", TODAY));
        assertEquals(List.of("profile.source.problem.unknown"), keys(unknown));
        ValidationException future = assertThrows(ValidationException.class,
                () -> sources.save(morocco.id(), IOM, "IOM", TODAY.plusDays(1)));
        assertEquals(List.of(Problem.of("accessed", "profile.source.problem.accessedInFuture", TODAY.plusDays(1))),
                future.problems());
        assertNull(sources.sources(morocco.id()).get(1).accessed(), "nothing was saved");
    }

    @Test
    void aCitysPlaceIsNamedInThreeLanguagesAndAnEnglishOnlyPlaceStillReads() {
        Profile tangier = service.createProfile(new Profile(null, "mtm-city-tangier", ProfileKind.CITY,
                template.meta().id(), null, null, new Localized("Tangier", "Tanger", "طنجة"), List.of(),
                new Localized("Tangier", "Tanger", "طنجة"), Access.PUBLIC, Lang.EN));
        assertEquals(new Localized("Tangier", "Tanger", "طنجة"), service.profile(tangier.id()).orElseThrow().place());
        Profile oujda = service.createProfile(new Profile(null, "mtm-city-oujda", ProfileKind.CITY,
                template.meta().id(), null, null, "Oujda", List.of(), Localized.of("Oujda"), Access.PUBLIC, Lang.EN));
        Profile read = service.profile(oujda.id()).orElseThrow();
        assertEquals(Localized.of("Oujda"), read.place());
        assertEquals("Oujda", read.place().in(Lang.AR), "no Arabic name yet: the English one");
        assertEquals(Localized.of(""), service.profile(morocco.id()).orElseThrow().place());
    }
}
