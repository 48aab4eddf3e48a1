package org.dialoguedesk.render.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.dialoguedesk.common.Lang;
import org.junit.jupiter.api.Test;

/** A letter written as PDF and Word in English and Arabic, read back: no cover, no contents, no frame on page one. */
class LetterTest {

    static Doc letter(Lang lang, int bodyParagraphs) {
        boolean ar = lang == Lang.AR;
        DocInfo info = new DocInfo(ar ? "دعوة" : "Invitation", "Rabat Process Secretariat", "",
                lang, LocalDateTime.of(2026, 11, 23, 9, 0), ar ? "دعوة · السيد أحمد" : "Invitation · Mr Ahmed",
                "", ar ? "صفحة {0} من {1}" : "Page {0} of {1}", "");
        String paragraph = ar
                ? "يشرفنا أن ندعوكم إلى الاجتماع الموضوعي حول إدارة الحدود الذي سيعقد في الرباط يومي 3 و4 مارس 2027."
                : "We have the honour to invite you to the thematic meeting on border management, to be held in "
                + "Rabat on 3 and 4 March 2027.";
        return new Letter(ar ? "أمانة مسار الرباط" : "Rabat Process Secretariat",
                ar ? "الرباط، 23 نوفمبر 2026" : "Rabat, 23 November 2026",
                ar ? List.of("السيد أحمد بنعلي", "وزارة الداخلية", "الرباط، المغرب")
                        : List.of("Mr Ahmed Benali", "Ministry of the Interior", "Rabat, Morocco"),
                ar ? "الموضوع: دعوة إلى الاجتماع الموضوعي" : "Subject: invitation to the thematic meeting",
                Letter.paragraphs(Collections.nCopies(bodyParagraphs, paragraph)),
                ar ? List.of("ليلى منصور", "رئيسة الأمانة") : List.of("Leila Mansour", "Head of the Secretariat"))
                .toDoc(info);
    }

    @Test
    void englishLetterIsOnePageWithoutCoverContentsOrFrame() throws IOException {
        PdfReader reader = new PdfReader(PdfDocWriterTest.pdf(letter(Lang.EN, 3)));
        assertEquals(1, reader.getNumberOfPages());
        String page = new PdfTextExtractor(reader).getTextFromPage(1);
        for (String expected : List.of("Rabat Process Secretariat", "Rabat, 23 November 2026", "Mr Ahmed Benali",
                "Subject: invitation to the thematic meeting", "Leila Mansour", "Head of the Secretariat")) {
            assertTrue(page.contains(expected), expected + " in " + page);
        }
        assertFalse(page.contains("Page 1"), "the first page is bare: " + page);
        reader.close();
    }

    @Test
    void longLetterNumbersItsLaterPagesOnly() throws IOException {
        PdfReader reader = new PdfReader(PdfDocWriterTest.pdf(letter(Lang.EN, 25)));
        assertEquals(2, reader.getNumberOfPages());
        PdfTextExtractor text = new PdfTextExtractor(reader);
        assertFalse(text.getTextFromPage(1).contains("Page 1 of 2"));
        assertTrue(text.getTextFromPage(2).contains("Page 2 of 2"));
        assertTrue(text.getTextFromPage(2).contains("Invitation · Mr Ahmed"));
        reader.close();
    }

    @Test
    void arabicLetterKeepsItsWordsJoined() throws IOException {
        PdfReader reader = new PdfReader(PdfDocWriterTest.pdf(letter(Lang.AR, 3)));
        assertEquals(1, reader.getNumberOfPages());
        Set<String> words = PdfReading.arabicWords(new PdfTextExtractor(reader).getTextFromPage(1));
        for (String expected : List.of("أمانة", "الرباط", "أحمد", "بنعلي", "الموضوع", "منصور", "يشرفنا")) {
            assertTrue(words.contains(expected), expected + " in " + words);
        }
        reader.close();
    }

    @Test
    void wordLetterHasABareFirstPageAndItsLinesOnTheirSides() throws IOException {
        for (Lang lang : List.of(Lang.EN, Lang.AR)) {
            try (XWPFDocument word = DocxDocWriterTest.docx(letter(lang, 3), Map.of())) {
                assertTrue(word.getDocument().getBody().getSectPr().isSetTitlePg(), "first page different");
                assertTrue(word.getHeaderFooterPolicy().getFirstPageHeader().getText().isBlank());
                assertTrue(word.getHeaderFooterPolicy().getFirstPageFooter().getText().isBlank());
                List<XWPFParagraph> paragraphs = word.getParagraphs();
                assertEquals(DocxStyles.LETTERHEAD, paragraphs.get(0).getStyle());
                // Word reads right as the end of the line in a right-to-left paragraph too
                assertEquals(ParagraphAlignment.RIGHT, paragraphs.get(1).getAlignment());
                assertTrue(paragraphs.get(2).getText().contains(lang == Lang.AR ? "وزارة الداخلية" : "Ministry of"));
                assertTrue(paragraphs.get(3).getRuns().get(0).isBold(), "the subject in bold");
                assertEquals(lang == Lang.AR, paragraphs.get(1).getCTP().getPPr().isSetBidi());
                assertFalse(word.getParagraphs().stream().anyMatch(p -> p.getStyle() != null
                        && p.getStyle().startsWith("TOC")), "no contents");
            }
        }
    }
}
