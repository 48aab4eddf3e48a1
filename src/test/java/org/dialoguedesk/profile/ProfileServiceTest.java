package org.dialoguedesk.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** Drafting a profile on a real database: translations going stale, the section workflow, indicators, versions. */
class ProfileServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    Desk desk;
    ProfileService service;
    Profile morocco;

    @BeforeEach
    void open() {
        desk = TestDesks.empty(dir);
        service = desk.profiles();
        ProfileTemplate template = service.addTemplate(new ProfileTemplate(null, "irregular_mixed_migration",
                new Localized("Irregular and mixed migration", "Migration irrégulière et mixte",
                        "الهجرة غير النظامية والمختلطة"), Set.of(ProfileKind.COUNTRY, ProfileKind.ROUTE), List.of(
                new TemplateSection("background", new Localized("General background", "Contexte général", "خلفية عامة"),
                        Access.PUBLIC, null),
                new TemplateSection("asylum", new Localized("Asylum", "Asile", "اللجوء"), Access.RESTRICTED, null))));
        morocco = service.createProfile(new Profile(null, "mtm-country-MAR", ProfileKind.COUNTRY, template.meta().id(),
                null, "MAR", "", List.of(), new Localized("Morocco", "Maroc", "المغرب"), Access.PUBLIC, Lang.EN));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private static List<String> keys(ValidationException e) {
        return e.problems().stream().map(Problem::messageKey).toList();
    }

    @Test
    void aProfileGetsTheTemplatesSectionsInDraftWithTheirAccess() {
        List<ProfileSection> sections = service.sections(morocco.id());
        assertEquals(List.of("background", "asylum"), sections.stream().map(ProfileSection::code).toList());
        assertTrue(sections.stream().allMatch(s -> s.status() == SectionStatus.DRAFT));
        assertEquals(Access.RESTRICTED, sections.get(1).access());
        ValidationException refused = assertThrows(ValidationException.class, () -> service.createProfile(
                new Profile(null, "mtm-country-MAR", ProfileKind.COUNTRY, morocco.templateId(), null, null, "",
                        List.of(), new Localized("", "", ""), Access.PUBLIC, Lang.EN)));
        assertEquals(List.of("profile.problem.keyTaken", "profile.problem.titleRequired",
                "profile.problem.countryRequired"), keys(refused));
    }

    @Test
    void aTranslationGoesStaleWhenItsSourceChangesAndCurrentWhenRetranslated() {
        service.saveText(morocco.id(), "background", Lang.EN, "Morocco is a country of origin, transit and destination.");
        service.saveText(morocco.id(), "background", Lang.FR, "Le Maroc est un pays d'origine, de transit et de destination.");
        assertEquals(TranslationState.CURRENT, service.translationStates(morocco.id()).get("background").get(Lang.FR));
        assertEquals(TranslationState.MISSING, service.translationStates(morocco.id()).get("background").get(Lang.AR));

        SectionText source = service.saveText(morocco.id(), "background", Lang.EN,
                "Morocco is a country of origin, transit and, increasingly, destination.");
        assertEquals(2, source.textRevision());
        assertEquals(TranslationState.STALE, service.translationStates(morocco.id()).get("background").get(Lang.FR));
        assertEquals(0.0, service.translationCompleteness(morocco.id()).get(Lang.FR));

        SectionText french = service.saveText(morocco.id(), "background", Lang.FR,
                "Le Maroc est un pays d'origine, de transit et, de plus en plus, de destination.");
        assertEquals(2, french.sourceRevision());
        assertEquals(TranslationState.CURRENT, service.translationStates(morocco.id()).get("background").get(Lang.FR));
        assertEquals(0.5, service.translationCompleteness(morocco.id()).get(Lang.FR), "one of two sections");
        assertEquals(french, service.saveText(morocco.id(), "background", Lang.FR, french.markdown()),
                "the same text again is no new revision");
    }

    @Test
    void theWorkflowGoesThroughReviewAndValidationAndAnEditSendsItBackToDraft() {
        service.saveText(morocco.id(), "asylum", Lang.EN, "Asylum procedures are handled by the national bureau.");
        ValidationException skipped = assertThrows(ValidationException.class, () -> service.changeStatus(morocco.id(),
                "asylum", SectionStatus.VALIDATED, "UNHCR", TODAY, ""));
        assertEquals(List.of("profile.problem.transition"), keys(skipped));
        service.changeStatus(morocco.id(), "asylum", SectionStatus.IN_REVIEW, "", null, "sent to UNHCR");
        ValidationException anonymous = assertThrows(ValidationException.class, () -> service.changeStatus(
                morocco.id(), "asylum", SectionStatus.VALIDATED, " ", TODAY.plusDays(1), ""));
        assertEquals(List.of("profile.problem.validatorRequired", "profile.problem.dateInFuture"), keys(anonymous));
        ProfileSection validated = service.changeStatus(morocco.id(), "asylum", SectionStatus.VALIDATED, "UNHCR",
                TODAY.minusDays(2), "checked against UNHCR figures");
        assertEquals("UNHCR", validated.validatedBy());
        assertEquals(TODAY.minusDays(2), validated.validatedOn());
        ProfileSection approved = service.changeStatus(morocco.id(), "asylum", SectionStatus.APPROVED, "Secretariat",
                TODAY, "");
        assertEquals("UNHCR", approved.validatedBy(), "approval keeps who validated");

        service.saveText(morocco.id(), "asylum", Lang.AR, "يتولى المكتب الوطني إجراءات اللجوء.");
        ProfileSection edited = service.sections(morocco.id()).get(1);
        assertEquals(SectionStatus.DRAFT, edited.status());
        assertEquals("edited after approved (ar, 2026-11-23)", edited.statusNote());
        assertEquals("", edited.validatedBy());
    }

    @Test
    void indicatorsAreCheckedAndTheSameYearReplacesItsFigure() {
        Indicator bad = new Indicator(null, morocco.id(), 0, "asylum_applications", new Localized("Asylum applications",
                "", ""), 1850, "about 300", "persons", "UNHCR", "www.unhcr", "", "");
        ValidationException refused = assertThrows(ValidationException.class,
                () -> service.saveIndicator(morocco.id(), "asylum", bad));
        assertEquals(List.of("profile.indicator.problem.year", "profile.indicator.problem.value",
                "profile.indicator.problem.url"), keys(refused));
        Indicator good = new Indicator(null, morocco.id(), 0, "asylum_applications", new Localized(
                "Asylum applications", "Demandes d'asile", "طلبات اللجوء"), 2023, "3 120", "persons", "UNHCR",
                "https://www.unhcr.org", "", "");
        service.saveIndicator(morocco.id(), "asylum", good);
        Indicator again = service.saveIndicator(morocco.id(), "asylum", new Indicator(null, morocco.id(), 0,
                good.code(), good.label(), 2023, "3125.0", "persons", "UNHCR", "https://www.unhcr.org", "", ""));
        assertEquals(1, service.indicators(morocco.id()).size());
        assertEquals("3125", again.value());
    }

    @Test
    void publishingFreezesNumberedVersionsThatDiffSectionBySection() {
        ProfilePublishing publishing = desk.profilePublishing();
        service.saveText(morocco.id(), "background", Lang.EN, "Line one.\nLine two.");
        ProfileVersion first = publishing.publish(morocco.id());
        assertEquals(1, first.number());
        assertEquals(TODAY, first.publishedOn());
        service.saveText(morocco.id(), "background", Lang.EN, "Line one.\nLine two, revised.");
        service.saveIndicator(morocco.id(), "asylum", new Indicator(null, morocco.id(), 0, "asylum_applications",
                new Localized("Asylum applications", "", ""), 2023, "3120", "persons", "UNHCR",
                "https://www.unhcr.org", "", ""));
        assertEquals(2, publishing.publish(morocco.id()).number());

        List<ProfilePublishing.SectionDiff> diffs = publishing.diff(morocco.id(), 1, 2);
        ProfilePublishing.SectionDiff background = diffs.stream().filter(d -> d.sectionCode().equals("background")
                && d.lang() == Lang.EN).findFirst().orElseThrow();
        assertTrue(background.lines().contains(new LineDiff.Line(LineDiff.Kind.REMOVED, "Line two.")));
        assertTrue(background.lines().contains(new LineDiff.Line(LineDiff.Kind.ADDED, "Line two, revised.")));
        assertTrue(diffs.stream().anyMatch(d -> d.sectionCode().equals("asylum") && d.lines().stream()
                .anyMatch(l -> l.kind() == LineDiff.Kind.ADDED && l.text().contains("3120"))));
        assertFalse(diffs.stream().anyMatch(d -> d.sectionCode().equals("background") && d.lang() == Lang.FR),
                "nothing changed in French");
        assertEquals("Line one.\nLine two.", publishing.versions(morocco.id()).get(0).texts().get(0).markdown(),
                "the first version still says what it said");
    }
}
