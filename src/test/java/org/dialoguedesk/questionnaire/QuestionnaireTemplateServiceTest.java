package org.dialoguedesk.questionnaire;

import static org.dialoguedesk.questionnaire.TemplateSamples.c;
import static org.dialoguedesk.questionnaire.TemplateSamples.l;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionnaireTemplateServiceTest {

    @TempDir
    Path folder;

    private Desk desk;
    private QuestionnaireTemplateService service;

    @BeforeEach
    void open() {
        desk = TestDesks.empty(folder);
        service = desk.questionnaireTemplates();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void createSavesTemplateWithDraftVersionOne() {
        TemplateVersion v = service.create(TemplateSamples.draft("imap_irregular"));
        assertEquals(1, v.number());
        assertEquals(VersionStatus.DRAFT, v.status());
        assertEquals(LocalDate.of(2026, 11, 23), v.createdOn());
        assertNull(v.frozenOn());
        assertEquals(11, v.questions().size());
        assertTrue(v.questions().stream().allMatch(q -> q.meta() != null && q.meta().revision() == 1));
        assertEquals("Irregular migration profile", service.findTemplate("imap_irregular").orElseThrow().title().en());
        assertEquals(v.templateId(), service.findTemplate("ملف الهجرة غير النظامية").orElseThrow().meta().id());
    }

    @Test
    void validationNamesEachFieldAndSavesNothing() {
        Question badCode = Question.simple("Q-1", QuestionType.SHORT_TEXT, false, l("A", "", ""));
        Question dup = Question.simple("q_a", QuestionType.SHORT_TEXT, false, l("A", "", ""));
        Question noLabel = Question.simple("q_b", QuestionType.SHORT_TEXT, false, l("", "Sans anglais", ""));
        Question noChoices = Question.simple("q_c", QuestionType.SINGLE_CHOICE, false, l("C", "", ""));
        Question emptyTable = Question.simple("q_t", QuestionType.TABLE, false, l("T", "", ""));
        Question badRow = new Question(null, "q_u", QuestionType.TABLE, false, l("U", "", ""), null, null, "",
                List.of(), List.of(c("a__b", "Row", "", "")), List.of(c("y1", "", "", "")));
        Section s = new Section(null, "main", l("Main", "", ""),
                List.of(badCode, dup, dup, noLabel, noChoices, emptyTable, badRow));
        TemplateDraft draft = new TemplateDraft("bad key", l("", "Titre", ""), null, List.of(s));

        ValidationException e = assertThrows(ValidationException.class, () -> service.create(draft));

        Set<String> found = e.problems().stream().map(p -> p.field() + " " + p.messageKey()).collect(Collectors.toSet());
        assertEquals(Set.of(
                "template.key questionnaire.problem.keyFormat",
                "template.title questionnaire.problem.titleRequired",
                "sections[0].questions[0].code questionnaire.problem.codeFormat",
                "sections[0].questions[2].code questionnaire.problem.codeDuplicate",
                "sections[0].questions[3].label questionnaire.problem.labelRequired",
                "sections[0].questions[4].choices questionnaire.problem.choicesRequired",
                "sections[0].questions[5].rows questionnaire.problem.tableRowsRequired",
                "sections[0].questions[5].columns questionnaire.problem.tableColumnsRequired",
                "sections[0].questions[6].rows questionnaire.problem.optionCode",
                "sections[0].questions[6].columns questionnaire.problem.optionLabelRequired"), found);
        assertEquals(List.of(), service.templates());
    }

    @Test
    void frozenVersionRefusesEditsAndNewVersionCopiesIt() {
        TemplateVersion v1 = service.create(TemplateSamples.draft("imap_irregular"));
        TemplateVersion frozen = service.freeze(v1.meta().id());
        assertEquals(VersionStatus.FROZEN, frozen.status());
        assertEquals(LocalDate.of(2026, 11, 23), frozen.frozenOn());
        assertEquals(frozen, service.freeze(v1.meta().id()), "freezing twice changes nothing");

        TemplateVersion edited = frozen.withSections(frozen.sections().subList(0, 1));
        DeskException refused = assertThrows(DeskException.class, () -> service.saveDraft(edited));
        assertTrue(refused.getMessage().contains("frozen"), refused.getMessage());
        assertEquals(2, service.version(v1.meta().id()).orElseThrow().sections().size());

        TemplateVersion v2 = service.newVersionFrom(v1.meta().id());
        assertEquals(2, v2.number());
        assertEquals(VersionStatus.DRAFT, v2.status());
        assertEquals(codes(frozen), codes(v2));
        assertEquals(frozen.questions().stream().map(q -> q.withMeta(null)).toList(),
                v2.questions().stream().map(q -> q.withMeta(null)).toList());
        assertNotEquals(frozen.questions().get(0).meta().id(), v2.questions().get(0).meta().id());
        assertEquals(2, service.versions(v1.templateId()).size());
    }

    @Test
    void savingADraftTouchesOnlyWhatChanged() {
        TemplateVersion v1 = service.create(TemplateSamples.draft("imap_irregular"));
        Section background = v1.sections().get(0);
        List<Question> questions = new ArrayList<>(background.questions());
        Question first = questions.get(0);
        questions.set(0, new Question(first.meta(), first.code(), first.type(), false, first.label(), first.help(),
                first.definition(), first.unit(), first.choices(), first.rows(), first.columns()));
        questions.remove(questions.size() - 1);
        questions.add(Question.simple("q_bg_new", QuestionType.SHORT_TEXT, false, l("New", "Nouveau", "جديد")));
        TemplateVersion edited = v1.withSections(List.of(background.withQuestions(questions), v1.sections().get(1)));

        TemplateVersion saved = service.saveDraft(edited);

        assertEquals(2, saved.meta().revision());
        Question changed = saved.question("q_bg_law").orElseThrow();
        assertEquals(2, changed.meta().revision());
        assertEquals(false, changed.required());
        assertEquals(1, saved.question("q_bg_agency").orElseThrow().meta().revision());
        assertTrue(saved.question("q_bg_source").isEmpty());
        assertEquals(1, saved.question("q_bg_new").orElseThrow().meta().revision());
        assertEquals(List.of(1L, 1L), saved.sections().stream().map(s -> s.meta().revision()).toList());
    }

    @Test
    void saveFromAStaleCopyIsRefused() {
        TemplateVersion v1 = service.create(TemplateSamples.draft("imap_irregular"));
        service.saveDraft(v1);
        assertThrows(DeskException.class, () -> service.saveDraft(v1));
    }

    @Test
    void importingAKnownKeyAddsTheNextVersion() {
        TemplateVersion v1 = service.create(TemplateSamples.draft("imap_irregular"));
        TemplateVersion v2 = service.create(TemplateSamples.draft("imap_irregular"));
        assertEquals(v1.templateId(), v2.templateId());
        assertEquals(2, v2.number());
        assertEquals(1, service.templates().size());
    }

    @Test
    void problemsAreListedWithoutSaving() {
        List<Problem> problems = service.check(TemplateSamples.draft("imap_irregular"));
        assertEquals(List.of(), problems);
        assertEquals(List.of(), service.templates());
    }

    private static List<String> codes(TemplateVersion v) {
        return v.questions().stream().map(Question::code).toList();
    }
}
