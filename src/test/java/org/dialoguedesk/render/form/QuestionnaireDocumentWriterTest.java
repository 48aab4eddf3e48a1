package org.dialoguedesk.render.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.exchange.TemplateFileReader;
import org.dialoguedesk.questionnaire.PrintableQuestionnaire;
import org.dialoguedesk.questionnaire.Question;
import org.dialoguedesk.questionnaire.QuestionType;
import org.dialoguedesk.questionnaire.Section;
import org.dialoguedesk.questionnaire.TemplateDraft;
import org.dialoguedesk.render.doc.DocxPage;
import org.dialoguedesk.render.doc.DocxStyles;
import org.dialoguedesk.render.doc.DocxText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** Printable questionnaires of the sample template reopened with POI, as Word or LibreOffice would read them. */
class QuestionnaireDocumentWriterTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static TemplateDraft sample;

    @TempDir
    Path dir;

    @BeforeAll
    static void readSampleTemplate() throws Exception {
        try (InputStream in = QuestionnaireDocumentWriterTest.class
                .getResourceAsStream("/sample-data/questionnaire-template.json")) {
            sample = new TemplateFileReader().read(in, "questionnaire-template.json");
        }
    }

    private static PrintableQuestionnaire blank(Lang lang) {
        return new PrintableQuestionnaire(lang, "", sample.key(), sample.title().in(lang), 2, "", "", "", "",
                Optional.empty(), NOW, sample.sections());
    }

    private static PrintableQuestionnaire forMorocco(Lang lang) {
        return new PrintableQuestionnaire(lang, "MTM country profiles 2025", "", "", 2,
                "Dialogue on Mediterranean Transit Migration", "MAR", lang == Lang.AR ? "المغرب" : "Morocco",
                lang == Lang.AR ? "كريم لحلو" : "Karim Lahlou", Optional.of(LocalDate.of(2025, 3, 31)), NOW,
                sample.sections());
    }

    private XWPFDocument write(PrintableQuestionnaire q) throws Exception {
        Path file = dir.resolve(q.fileName());
        new QuestionnaireDocumentWriter().write(q, file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private static List<XWPFParagraph> withStyle(XWPFDocument doc, String styleId) {
        return doc.getParagraphs().stream().filter(p -> styleId.equals(p.getStyleID())).toList();
    }

    private static List<Question> questions() {
        return sample.sections().stream().flatMap(s -> s.questions().stream()).toList();
    }

    /** The first table after the heading of the question with this code. */
    private static XWPFTable tableOf(XWPFDocument doc, String code) {
        boolean seen = false;
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p && DocxStyles.HEADING2.equals(p.getStyleID())) {
                seen = p.getText().endsWith(code);
            } else if (seen && e instanceof XWPFTable t) {
                return t;
            }
        }
        throw new AssertionError("no table after " + code);
    }

    private static List<XWPFParagraph> allParagraphs(XWPFDocument doc) {
        List<XWPFParagraph> all = new ArrayList<>(doc.getParagraphs());
        for (XWPFTable t : doc.getTables()) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    all.addAll(cell.getParagraphs());
                }
            }
        }
        return all;
    }

    private static String text(XWPFDocument doc) {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void englishDocumentHasASectionHeadingPerSectionAndANumberedQuestionHeadingPerQuestion() throws Exception {
        try (XWPFDocument doc = write(blank(Lang.EN))) {
            List<String> h1 = withStyle(doc, DocxStyles.HEADING1).stream().map(XWPFParagraph::getText).toList();
            List<Section> sections = sample.sections();
            assertEquals(sections.size() + 1, h1.size(), "how to fill in, then one per section: " + h1);
            assertEquals("How to fill in this form", h1.get(0));
            assertEquals("1.\u2002General background", h1.get(1));
            for (int s = 0; s < sections.size(); s++) {
                assertTrue(h1.get(s + 1).endsWith(sections.get(s).title().en()), h1.get(s + 1));
            }
            List<XWPFParagraph> h2 = withStyle(doc, DocxStyles.HEADING2);
            assertEquals(52, h2.size());
            assertEquals(questions().size(), h2.size());
            assertEquals("1.1\u2002Main laws governing entry, stay and exit of foreigners\u00A0*\u2002q_bg_01",
                    h2.get(0).getText());
            for (int i = 0; i < h2.size(); i++) {
                Question q = questions().get(i);
                assertTrue(h2.get(i).getText().endsWith(q.code()), h2.get(i).getText());
                assertEquals(q.required(), h2.get(i).getText().contains("\u00A0*"), q.code());
            }
        }
    }

    @Test
    void headingStylesAreDefinedWithOutlineLevelsSoReadersSeeThem() throws Exception {
        try (XWPFDocument doc = write(blank(Lang.EN))) {
            var h1 = doc.getStyles().getStyle(DocxStyles.HEADING1);
            var h2 = doc.getStyles().getStyle(DocxStyles.HEADING2);
            assertNotNull(h1);
            assertEquals("heading 1", h1.getName());
            assertEquals(0, h1.getCTStyle().getPPr().getOutlineLvl().getVal().intValue());
            assertEquals(1, h2.getCTStyle().getPPr().getOutlineLvl().getVal().intValue());
            assertNotNull(doc.getStyles().getStyle(DocxStyles.NORMAL));
        }
    }

    @Test
    void everyQuestionCodeHelpAndFixedTextIsInTheDocument() throws Exception {
        try (XWPFDocument doc = write(blank(Lang.EN))) {
            String text = text(doc);
            for (Question q : questions()) {
                assertTrue(text.contains(q.code()), q.code());
                assertTrue(text.contains(q.label().en()), q.code());
                if (!q.help().en().isEmpty()) {
                    assertTrue(text.contains(q.help().en()), q.code());
                }
                if (!q.definition().en().isEmpty()) {
                    assertTrue(text.contains("Definition: " + q.definition().en()), q.code());
                }
            }
            assertTrue(text.contains("Country profile questionnaire: irregular and mixed migration"));
            assertTrue(text.contains("Blank copy, for any country"));
            assertTrue(text.contains("\u2610\u00A0Yes"), "yes/no boxes");
            assertTrue(text.contains("Year (YYYY)"));
            assertTrue(text.contains("Number \u2014 unit: %"), "decimal with its unit");
            assertEquals(questions().size(), text.split("National definition differs:", -1).length - 1);
            assertFalse(text.contains("questionnaire.print"), "no key left untranslated");
        }
    }

    @Test
    void tableQuestionIsABorderedGridOfRowsByColumnsWithItsGridColumns() throws Exception {
        try (XWPFDocument doc = write(blank(Lang.EN))) {
            Question q = questions().stream().filter(x -> x.code().equals("q_detect_01")).findFirst().orElseThrow();
            assertEquals(QuestionType.TABLE, q.type());
            XWPFTable table = tableOf(doc, "q_detect_01");
            assertEquals(q.rows().size() + 1, table.getNumberOfRows());
            assertEquals(q.columns().size() + 1, table.getRow(0).getTableCells().size());
            assertEquals(q.columns().size() + 1, table.getCTTbl().getTblGrid().sizeOfGridColArray());
            int total = 0;
            for (var col : table.getCTTbl().getTblGrid().getGridColList()) {
                total += ((java.math.BigInteger) col.getW()).intValue();
            }
            assertEquals(DocxPage.TEXT_WIDTH, total, "the grid fills the width between the margins");
            assertEquals("2019", table.getRow(0).getCell(1).getText());
            assertEquals("2024", table.getRow(0).getCell(6).getText());
            assertEquals(q.rows().get(0).label().en(), table.getRow(1).getCell(0).getText());
            assertEquals("", table.getRow(1).getCell(1).getText(), "answer cells are empty");
            assertEquals(XWPFTable.XWPFBorderType.SINGLE, table.getInsideVBorderType());
            assertTrue(table.getRow(0).isRepeatHeader());
            for (XWPFTable t : doc.getTables()) {
                assertNotNull(t.getCTTbl().getTblGrid(), "every table has its grid");
            }
        }
    }

    @Test
    void pageIsA4WithPageXOfYInTheFooter() throws Exception {
        try (XWPFDocument doc = write(forMorocco(Lang.FR))) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertEquals(11906, ((java.math.BigInteger) sect.getPgSz().getW()).intValue());
            assertEquals(16838, ((java.math.BigInteger) sect.getPgSz().getH()).intValue());
            String footer = doc.getFooterList().get(0)._getHdrFtr().xmlText();
            assertTrue(footer.contains(" PAGE ") && footer.contains(" NUMPAGES "), footer);
            assertTrue(doc.getFooterList().get(0).getText().startsWith("Page 1 sur 1"),
                    doc.getFooterList().get(0).getText());
            assertTrue(doc.getHeaderList().get(0).getText().contains("MTM country profiles 2025 \u2014 Morocco (MAR)"));
        }
    }

    @Test
    void recipientCoverNamesDialogueCountryFocalPointAndDeadline() throws Exception {
        try (XWPFDocument doc = write(forMorocco(Lang.EN))) {
            String text = text(doc);
            assertTrue(text.contains("Questionnaire: MTM country profiles 2025"), text);
            assertTrue(text.contains("Morocco (MAR)"));
            assertTrue(text.contains("Karim Lahlou"));
            assertTrue(text.contains("March 31, 2025") || text.contains("31 March 2025"), "deadline as a date");
            assertFalse(text.contains("Blank copy"));
        }
    }

    @Test
    void arabicDocumentIsRightToLeftThroughout() throws Exception {
        try (XWPFDocument doc = write(forMorocco(Lang.AR))) {
            assertTrue(doc.getDocument().getBody().getSectPr().isSetBidi(), "section");
            List<XWPFParagraph> paragraphs = allParagraphs(doc);
            assertTrue(paragraphs.size() > 200);
            for (XWPFParagraph p : paragraphs) {
                assertTrue(p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetBidi(), "paragraph " + p.getText());
                for (XWPFRun r : p.getRuns()) {
                    String t = r.text();
                    if (t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)) {
                        assertTrue(r.getCTR().getRPr().sizeOfRtlArray() > 0, "run " + t);
                    }
                }
            }
            for (XWPFTable t : doc.getTables()) {
                assertTrue(t.getCTTbl().getTblPr().isSetBidiVisual(), "table");
            }
            var defaults = doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr();
            assertEquals(DocxStyles.ARABIC_FONT, defaults.getRFontsArray(0).getCs());
            assertEquals("ar-SA", defaults.getLangArray(0).getBidi());
            assertTrue(defaults.sizeOfSzCsArray() > 0);
            assertTrue(doc.getStyles().getStyle(DocxStyles.NORMAL).getCTStyle().getPPr().isSetBidi());

            String text = text(doc);
            Section detection = sample.sections().get(1);
            assertTrue(text.contains("2.\u2002" + detection.title().ar()), "section title in Arabic");
            assertTrue(text.contains(detection.questions().get(0).label().ar()));
            assertTrue(text.contains("الاستبيان: MTM country profiles 2025"));
            assertTrue(text.contains("كيفية ملء هذه الاستمارة"));
            assertTrue(text.contains("التعريف الوطني مختلف:"));
            assertTrue(doc.getFooterList().get(0).getText().startsWith("الصفحة"));
            for (Question q : questions()) {
                assertTrue(text.contains(q.code()), q.code());
            }
            XWPFTable table = tableOf(doc, "q_detect_01");
            assertEquals(detection.questions().get(0).rows().get(0).label().ar(), table.getRow(1).getCell(0).getText());
        }
    }

    @Test
    void questionCodesStayLeftToRightInsideArabicParagraphs() {
        assertTrue(DocxText.latinOnly("q_bg_01"));
        assertFalse(DocxText.latinOnly("1.1\u2002"));
        assertFalse(DocxText.latinOnly("الاستبيان: MTM"));
    }

    @Test
    void tableWidthsFillTheLineAndGiveTheRowLabelsTheWidestColumn() {
        for (int columns : new int[] {1, 2, 6, 7, 12}) {
            int[] w = DocxAnswerArea.tableWidths(columns);
            assertEquals(columns + 1, w.length);
            assertEquals(DocxPage.TEXT_WIDTH, java.util.Arrays.stream(w).sum());
            assertTrue(w[0] >= w[1], "label column " + columns);
        }
    }
}
