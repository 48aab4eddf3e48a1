package org.dialoguedesk.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Updating a profile from a round's accepted answers: what is planned, what is applied, what is never touched. */
class ProfileCompilerTest {

    private static final UUID ROUND = UUID.randomUUID();

    @TempDir
    Path dir;
    Desk desk;
    ProfileService service;
    ProfileCompiler compiler;
    Profile morocco;
    final List<RoundAnswers.Accepted> accepted = new ArrayList<>();

    /** A round of two questions whose accepted answers the test sets. */
    final RoundAnswers round = new RoundAnswers() {
        @Override
        public Optional<String> title(UUID roundId) {
            return Optional.of("MTM 2025");
        }

        @Override
        public int referenceYear(UUID roundId) {
            return 2024;
        }

        @Override
        public Set<String> questionCodes(UUID roundId) {
            return Set.of("q_detect_01", "q_bg_01");
        }

        @Override
        public List<Accepted> accepted(UUID roundId, String countryCode) {
            return "MAR".equals(countryCode) ? accepted : List.of();
        }
    };

    @BeforeEach
    void open() {
        desk = TestDesks.empty(dir);
        service = desk.profiles();
        ProfileTemplate template = service.addTemplate(new ProfileTemplate(null, "imm", new Localized("IMM", "", ""),
                Set.of(ProfileKind.COUNTRY), List.of(
                new TemplateSection("background", new Localized("General background", "", ""), Access.PUBLIC, null),
                new TemplateSection("detection", new Localized("Detection", "", ""), Access.PUBLIC, null))));
        morocco = service.createProfile(new Profile(null, "mar", ProfileKind.COUNTRY, template.meta().id(), null,
                "MAR", "", List.of(), new Localized("Morocco", "", ""), Access.PUBLIC, Lang.EN));
        compiler = new ProfileCompiler(service, new org.dialoguedesk.store.JooqProfileTemplateRepository(
                desk.database()), round, desk.database());
        compiler.saveMappings(template.meta().id(), List.of(
                new AnswerMapping("q_detect_01", "detection", AnswerMapping.Target.INDICATOR, "irregular_entry",
                        "persons"),
                new AnswerMapping("q_bg_01", "background", AnswerMapping.Target.TEXT, "", ""),
                new AnswerMapping("q_bg_99", "background", AnswerMapping.Target.TEXT, "", "")));
        service.saveText(morocco.id(), "background", Lang.EN, "Written by the secretariat.\n");
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private void answer(String land2019, String text) {
        Map<String, String> table = new LinkedHashMap<>();
        table.put("q_detect_01:land:y2019", land2019);
        table.put("q_detect_01:sea:y2019", "640");
        accepted.clear();
        accepted.add(new RoundAnswers.Accepted("q_detect_01", new Localized("Detections of irregular entry", "", ""),
                "TABLE", List.of(new RoundAnswers.Option("land", new Localized("Land borders", "", "")),
                new RoundAnswers.Option("sea", new Localized("Sea borders", "", ""))),
                List.of(new RoundAnswers.Option("y2019", new Localized("2019", "", ""))), table,
                "Counts persons", LocalDate.of(2025, 3, 28)));
        accepted.add(new RoundAnswers.Accepted("q_bg_01", new Localized("Overview", "", ""), "LONG_TEXT", List.of(),
                List.of(), Map.of("q_bg_01", text), "", LocalDate.of(2025, 3, 28)));
    }

    @Test
    void figuresAndTextsAreShownThenAppliedWithTheirProvenanceAndHandWrittenTextIsKept() {
        answer("12400", "Morocco is a country of transit.");
        CompilePlan plan = compiler.plan(morocco.id(), ROUND);
        assertEquals(2, plan.indicators().size());
        CompilePlan.IndicatorChange land = plan.indicators().get(0);
        assertEquals("irregular_entry_land", land.after().code());
        assertEquals(2019, land.after().year());
        assertEquals("", land.before());
        assertEquals("MAR \u00b7 MTM 2025 \u00b7 q_detect_01 \u00b7 accepted 2025-03-28", land.after().provenance());
        assertEquals(1, plan.texts().size());
        assertEquals(List.of("profile.compile.problem.questionGone"), plan.skipped().stream()
                .map(p -> p.messageKey()).toList(), "a mapping to a question the round lacks is reported");
        assertTrue(service.indicators(morocco.id()).isEmpty(), "planning changes nothing");

        compiler.apply(plan);
        String text = service.text(morocco.id(), "background", Lang.EN).orElseThrow().markdown();
        assertTrue(text.startsWith("Written by the secretariat.\n\n<!-- answer q_bg_01 \u00b7 MAR \u00b7 MTM 2025"), text);
        assertTrue(text.contains("Morocco is a country of transit."), text);
        assertEquals("Counts persons", service.indicators(morocco.id()).get(0).note());
        assertTrue(compiler.plan(morocco.id(), ROUND).isEmpty(), "applied: nothing left to change");

        // the drafters write around the block; a corrected answer replaces only the block
        service.saveText(morocco.id(), "background", Lang.EN, text + "\nMore by the secretariat.\n");
        answer("12500", "Morocco is a country of transit and destination.");
        CompilePlan second = compiler.plan(morocco.id(), ROUND);
        assertEquals(1, second.indicators().size());
        assertEquals("12400", second.indicators().get(0).before());
        assertEquals("12500", second.indicators().get(0).after().value());
        compiler.apply(second);
        String after = service.text(morocco.id(), "background", Lang.EN).orElseThrow().markdown();
        assertTrue(after.startsWith("Written by the secretariat."), after);
        assertTrue(after.endsWith("More by the secretariat.\n"), after);
        assertTrue(after.contains("transit and destination."), after);
        assertTrue(!after.contains("a country of transit.\n"), after);
        assertEquals(2, service.indicators(morocco.id()).size(), "the same code and year is replaced, not added");
    }
}
