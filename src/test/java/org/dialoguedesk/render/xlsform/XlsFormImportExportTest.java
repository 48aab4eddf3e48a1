package org.dialoguedesk.render.xlsform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.questionnaire.Choice;
import org.dialoguedesk.questionnaire.Question;
import org.dialoguedesk.questionnaire.QuestionType;
import org.dialoguedesk.questionnaire.Section;
import org.dialoguedesk.questionnaire.Template;
import org.dialoguedesk.questionnaire.TemplateSamples;
import org.dialoguedesk.questionnaire.TemplateVersion;
import org.dialoguedesk.questionnaire.XlsFormImportResult;
import org.dialoguedesk.questionnaire.XlsFormNote;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsFormImportExportTest {

    static final String[] SURVEY_HEADER = {"type", "name", "label::English (en)", "label::French (fr)",
            "label::Arabic (ar)", "hint::English (en)", "required", "relevant", "constraint", "appearance",
            "label::Spanish (es)"};

    @TempDir
    Path folder;

    private Desk desk;

    @BeforeEach
    void open() {
        desk = TestDesks.empty(folder);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    static Workbooks kobo() {
        return new Workbooks()
                .sheet("survey", SURVEY_HEADER,
                        new String[] {"begin_group", "detection", "Detection", "Détection", "الكشف"},
                        new String[] {"integer", "q_detect_total", "Total detections", "Total des détections",
                                "مجموع حالات الكشف", "Persons", "yes", "", ". >= 0", "", "Total"},
                        new String[] {"select_one border", "q_detect_border", "Main border", "Frontière principale",
                                "الحدود الرئيسية", "", "no", "${q_detect_total} > 0"},
                        new String[] {"select_one yes_no", "q_detect_unit", "Dedicated unit?", "Unité dédiée ?",
                                "وحدة مخصصة؟", "", "true()"},
                        new String[] {"note", "n_thanks", "Thank you", "Merci", "شكرًا"},
                        new String[] {"calculate", "c_sum", ""},
                        new String[] {"text", "q_detect_notes", "Notes", "Notes", "ملاحظات", "", "", "", "", "multiline"},
                        new String[] {"date", "q_detect_since", "Since", "Depuis", "منذ", "", "", "", "", "year"},
                        new String[] {"end_group"},
                        new String[] {"decimal", "q_share", "Share", "Part", "النسبة"})
                .sheet("choices", new String[] {"list_name", "name", "label::English (en)", "label::French (fr)",
                                "label::Arabic (ar)"},
                        new String[] {"border", "land", "Land", "Terrestre", "برية"},
                        new String[] {"border", "sea", "Sea", "Maritime", "بحرية"},
                        new String[] {"yes_no", "yes", "Yes", "Oui", "نعم"},
                        new String[] {"yes_no", "no", "No", "Non", "لا"},
                        new String[] {"unused", "x", "X", "X", "س"})
                .sheet("settings", new String[] {"form_title", "form_id", "version", "instance_name"},
                        new String[] {"Border detections", "border_detections", "2024061001", "concat('a')"})
                .sheet("external_choices", new String[] {"list_name", "name"}, new String[] {"a", "b"});
    }

    @Test
    void importsAHandBuiltXlsFormAndReportsWhatIsNotKept() throws Exception {
        Path file = kobo().write(folder.resolve("kobo.xlsx"));

        XlsFormImportResult result = desk.xlsForms().read(file);

        assertEquals("border_detections", result.draft().key());
        assertEquals("Border detections", result.draft().title().en());
        List<Section> sections = result.draft().sections();
        assertEquals(List.of("detection", "general"), sections.stream().map(Section::code).toList());
        Section detection = sections.get(0);
        assertEquals(new Localized("Detection", "Détection", "الكشف"), detection.title());
        assertEquals(List.of(QuestionType.INTEGER, QuestionType.SINGLE_CHOICE, QuestionType.YES_NO,
                        QuestionType.LONG_TEXT, QuestionType.YEAR),
                detection.questions().stream().map(Question::type).toList());
        Question total = detection.questions().get(0);
        assertTrue(total.required());
        assertEquals(new Localized("Total detections", "Total des détections", "مجموع حالات الكشف"), total.label());
        assertEquals("Persons", total.help().en());
        assertEquals(List.of(new Choice("land", new Localized("Land", "Terrestre", "برية")),
                new Choice("sea", new Localized("Sea", "Maritime", "بحرية"))), detection.questions().get(1).choices());
        assertTrue(detection.questions().get(2).required());
        assertEquals(QuestionType.DECIMAL, sections.get(1).questions().get(0).type());

        Set<String> notKept = result.notKept().stream()
                .map(n -> n.sheet() + "!" + n.cell() + " " + n.messageKey()).collect(Collectors.toSet());
        assertEquals(Set.of(
                "external_choices! questionnaire.xlsform.sheetNotKept",
                "survey!A6 questionnaire.xlsform.typeNotKept",
                "survey!A7 questionnaire.xlsform.typeNotKept",
                "survey!I3 questionnaire.xlsform.cellNotKept",
                "survey!H4 questionnaire.xlsform.cellNotKept",
                "survey!K3 questionnaire.xlsform.cellNotKept",
                "choices!6 questionnaire.xlsform.listNotKept",
                "settings!C2 questionnaire.xlsform.versionNotKept",
                "settings!D2 questionnaire.xlsform.cellNotKept"), notKept);
        assertEquals(List.of(), desk.questionnaireTemplates().templates(), "reading saves nothing");

        TemplateVersion saved = desk.xlsForms().apply(result);
        assertEquals(6, saved.questions().size());
        assertEquals(1, desk.questionnaireTemplates().templates().size());
    }

    @Test
    void exportThenImportKeepsEveryLabelInAllThreeLanguages() throws Exception {
        TemplateVersion original = desk.questionnaireTemplates().create(TemplateSamples.draft("imap_irregular"));
        Path file = folder.resolve("out.xlsx");
        desk.xlsForms().export(original.meta().id(), file);

        XlsFormImportResult back = desk.xlsForms().read(file);

        Template template = desk.questionnaireTemplates().template(original.templateId()).orElseThrow();
        assertEquals(template.key(), back.draft().key());
        assertEquals(template.title(), back.draft().title());
        assertEquals(template.description(), back.draft().description());
        assertEquals(withoutMeta(original.sections()), withoutMeta(back.draft().sections()));
        assertEquals(List.of("questionnaire.xlsform.versionNotKept"),
                back.notKept().stream().map(XlsFormNote::messageKey).toList());
        assertTrue(original.question("q_detect_01").orElseThrow().rows().get(1).label().ar().equals("الحدود البحرية"));
    }

    private static List<Section> withoutMeta(List<Section> sections) {
        return sections.stream().map(s -> new Section(null, s.code(), s.title(), s.questions().stream()
                .map(q -> new Question(null, q.code(), q.type(), q.required(), q.label(), q.help(), q.definition(),
                        q.unit(), q.choices(), q.rows(), q.columns())).toList())).toList();
    }

    @Test
    void badFilesAreRefusedWithFileSheetAndCellAndChangeNothing() throws Exception {
        desk.questionnaireTemplates().create(TemplateSamples.draft("existing"));
        String[] choicesHeader = {"list_name", "name", "label"};
        String[] header = {"type", "name", "label"};
        Path text = folder.resolve("notes.xlsx");
        Files.writeString(text, "type,name\ntext,a\n");
        Path empty = folder.resolve("empty.xlsx");
        Files.write(empty, new byte[0]);
        assertRefused(text, "notes.xlsx is not an Excel workbook");
        assertRefused(empty, "empty.xlsx is empty");
        assertRefused(new Workbooks().sheet("questions", header, new String[] {"text", "a", "A"})
                .write(folder.resolve("nosurvey.xlsx")), "nosurvey.xlsx: there is no \u201Csurvey\u201D sheet");
        assertRefused(new Workbooks().sheet("survey", header).write(folder.resolve("blank.xlsx")),
                "blank.xlsx, sheet survey: the survey sheet has no questions");
        assertRefused(new Workbooks().sheet("survey", header, new String[] {"text", "a", "A"},
                        new String[] {"geolocation", "b", "B"}).write(folder.resolve("type.xlsx")),
                "type.xlsx, sheet survey, cell A3: unknown question type \u201Cgeolocation\u201D");
        assertRefused(new Workbooks().sheet("survey", header, new String[] {"text", "a", "A"},
                        new String[] {"integer", "a", "B"}).write(folder.resolve("dup.xlsx")),
                "dup.xlsx, sheet survey, cell B3: the name a is used twice");
        assertRefused(new Workbooks().sheet("survey", header, new String[] {"select_one colours", "a", "A"})
                        .sheet("choices", choicesHeader, new String[] {"sizes", "s", "Small"})
                        .write(folder.resolve("list.xlsx")),
                "list.xlsx, sheet survey, cell A2: the choice list colours is not in the choices sheet");
        assertRefused(new Workbooks().sheet("survey", header, new String[] {"text", "a", "A"})
                .writeEncrypted(folder.resolve("locked.xlsx")), "locked.xlsx is protected by a password");
        assertEquals(1, desk.questionnaireTemplates().templates().size());
        assertEquals(1, desk.questionnaireTemplates().versions(
                desk.questionnaireTemplates().templates().get(0).meta().id()).size());
    }

    private void assertRefused(Path file, String expected) {
        DeskException e = assertThrows(DeskException.class, () -> desk.xlsForms().apply(desk.xlsForms().read(file)));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }
}
