package org.dialoguedesk.render.doc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.PackagePart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.dialoguedesk.common.Lang;
import org.junit.jupiter.api.Test;

/** Writes documents as Word files and reopens them with POI, as a reader's tools would. */
class DocxDocWriterTest {

    static XWPFDocument docx(Doc doc, Map<String, Integer> pages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxDocWriter().write(doc, pages, out);
        String keep = System.getProperty("doc.keep");
        if (keep != null) {
            Files.write(Path.of(keep, "doc-" + doc.info().lang().code() + ".docx"), out.toByteArray());
        }
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void headingsTablesChartsLinksAndContents() throws IOException {
        try (XWPFDocument word = docx(PdfDocWriterTest.sample(Lang.EN), Map.of("s1", 4))) {
            List<XWPFParagraph> headings = word.getParagraphs().stream()
                    .filter(p -> "Heading1".equals(p.getStyle())).toList();
            assertEquals(8, headings.size());
            assertEquals("1 Section 1", headings.get(0).getText());
            assertTrue(headings.get(0).getCTP().getBookmarkStartList().stream()
                    .anyMatch(b -> b.getName().equals("h_s1")), "a bookmark the contents link to");
            assertEquals(48, word.getTables().size());
            assertEquals(8, word.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .mapToInt(r -> r.getEmbeddedPictures().size()).sum(), "one chart a section");
            assertTrue(word.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .anyMatch(r -> r instanceof XWPFHyperlinkRun h
                            && h.getHyperlink(word) != null
                            && "https://www.unhcr.org/ma".equals(h.getHyperlink(word).getURL())));
            XWPFParagraph firstEntry = word.getParagraphs().stream().filter(p -> "TOC1".equals(p.getStyle()))
                    .findFirst().orElseThrow();
            assertTrue(firstEntry.getCTP().xmlText().contains("TOC \\o"), "the contents are a TOC field");
            assertTrue(firstEntry.getCTP().xmlText().contains("w:anchor=\"h_s1\""), "its entries link to headings");
            assertTrue(firstEntry.getText().endsWith("4"), "showing the PDF's page until Word updates it: "
                    + firstEntry.getText());
            assertEquals("Morocco country profile", word.getProperties().getCoreProperties().getTitle());
            assertEquals("MTM Secretariat", word.getProperties().getCoreProperties().getCreator());
        }
    }

    @Test
    void arabicParagraphsAndRunsAreRightToLeft() throws IOException {
        try (XWPFDocument word = docx(PdfDocWriterTest.sample(Lang.AR), Map.of())) {
            XWPFParagraph body = word.getParagraphs().stream().filter(p -> p.getText().startsWith("يستقبل"))
                    .findFirst().orElseThrow();
            assertTrue(body.getCTP().getPPr().isSetBidi(), "paragraph-level bidi");
            assertTrue(body.getRuns().get(0).getCTR().getRPr().sizeOfRtlArray() > 0, "run-level rtl");
            assertTrue(body.getText().contains("(UNHCR Rabat)"), body.getText());
            assertTrue(word.getTables().get(0).getCTTbl().getTblPr().isSetBidiVisual(), "tables right to left");
        }
    }

    @Test
    void anArabicDocumentCarriesItsArabicFaceAndAnEnglishOneDoesNot() throws IOException {
        try (XWPFDocument word = docx(PdfDocWriterTest.sample(Lang.AR), Map.of())) {
            List<PackagePart> fonts = word.getPackage().getPartsByContentType(DocxFontTable.OBFUSCATED_FONT);
            assertEquals(2, fonts.size(), "regular and bold Naskh");
            String table = new String(word.getPackage().getPartsByName(Pattern.compile("/word/fontTable.xml"))
                    .get(0).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher key = Pattern.compile("embedRegular r:id=\"(rId\\d+)\" w:fontKey=\"\\{([0-9A-F-]+)}\"")
                    .matcher(table);
            assertTrue(key.find(), table);
            byte[] stored = fonts.stream().filter(p -> p.getPartName().getName().endsWith("naskh.odttf"))
                    .findFirst().orElseThrow().getInputStream().readAllBytes();
            byte[] font = DocFonts.bytes(DocFonts.Face.NASKH);
            assertFalse(Arrays.equals(font, stored), "obfuscated as Word expects");
            assertArrayEquals(font, DocxFontTable.obfuscated(stored, UUID.fromString(key.group(2))),
                    "the key in the font table gives the face back");
            assertTrue(word.getSettings().getCTSettings().isSetEmbedTrueTypeFonts());
        }
        try (XWPFDocument word = docx(PdfDocWriterTest.sample(Lang.EN), Map.of())) {
            assertTrue(word.getPackage().getPartsByContentType(DocxFontTable.OBFUSCATED_FONT).isEmpty());
        }
    }
}
