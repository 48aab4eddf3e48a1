package org.dialoguedesk.render.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dialoguedesk.common.Lang;
import org.junit.jupiter.api.Test;

/** Writes documents as PDF and reads them back as a reader's tools would. */
class PdfDocWriterTest {

    static Doc sample(Lang lang) {
        boolean ar = lang == Lang.AR;
        DocInfo info = new DocInfo(ar ? "ملف المغرب القطري" : "Morocco country profile", "MTM Secretariat",
                "Irregular and mixed migration", lang, LocalDateTime.of(2026, 11, 23, 9, 30),
                ar ? "ملف المغرب القطري · الإصدار 2" : "Morocco country profile · version 2",
                ar ? "مقيد" : "RESTRICTED", ar ? "صفحة {0} من {1}" : "Page {0} of {1}",
                ar ? "المحتويات" : "Contents");
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.Para.of(Block.Style.TITLE, info.title()));
        blocks.add(Block.Para.of(Block.Style.MARK, info.mark()));
        blocks.add(new Block.PageBreak());
        blocks.add(new Block.Contents());
        blocks.add(new Block.PageBreak());
        String md = ar
                ? "يستقبل **المغرب** نحو 4500 طالب لجوء سنة 2024 حسب [المفوضية](https://www.unhcr.org/ma) "
                + "(UNHCR Rabat).\n\n## الاستقبال\n\n- مراكز مفتوحة\n- مراكز مغلقة\n\n| المؤشر | 2023 | 2024 |\n|---|---|---|\n| طلبات اللجوء | 3900 | 4500 |\n"
                : "Morocco received about **4,500** asylum applications in 2024 according to "
                + "[UNHCR](https://www.unhcr.org/ma).\n\n## Reception\n\n- open centres\n- closed facilities\n\n"
                + "| indicator | 2023 | 2024 |\n|---|---|---|\n| asylum applications | 3900 | 4500 |\n";
        for (int s = 1; s <= 8; s++) {
            blocks.add(new Block.Heading(1, String.valueOf(s), (ar ? "القسم " : "Section ") + s, "s" + s));
            for (int k = 0; k < 6; k++) {
                blocks.addAll(MarkdownBlocks.of(md, String.valueOf(s), "s" + s));
            }
            blocks.add(new Block.Chart(new ChartSpec(s % 2 == 0 ? ChartSpec.Kind.LINE : ChartSpec.Kind.BAR,
                    ar ? "طلبات اللجوء" : "Asylum applications", ar ? "أشخاص" : "persons",
                    List.of("2021", "2022", "2023", "2024"),
                    List.of(new ChartSpec.Series(ar ? "طلبات" : "applications", List.of(2100.0, 3000.0, 3900.0, 4500.0)),
                            new ChartSpec.Series(ar ? "قرارات" : "decisions", java.util.Arrays.asList(900.0, null, 1700.0, 2300.0))))));
        }
        return new Doc(info, blocks);
    }

    static byte[] pdf(Doc doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfDocWriter().write(doc, out);
        String keep = System.getProperty("doc.keep");
        if (keep != null) {
            Files.write(Path.of(keep, "doc-" + doc.info().lang().code() + ".pdf"), out.toByteArray());
        }
        return out.toByteArray();
    }

    @Test
    void englishDocumentHasOutlineMetadataAndPageNumbers() throws IOException {
        PdfReader reader = new PdfReader(pdf(sample(Lang.EN)));
        assertTrue(reader.getNumberOfPages() > 8, "pages: " + reader.getNumberOfPages());
        Map<String, String> info = reader.getInfo();
        assertEquals("Morocco country profile", info.get("Title"));
        assertEquals("MTM Secretariat", info.get("Author"));
        assertEquals("en", reader.getCatalog().getAsString(PdfName.LANG).toUnicodeString());
        List<Map<String, Object>> outline = SimpleBookmark.getBookmarkList(reader);
        assertEquals(8, outline.size());
        assertEquals("1 Section 1", outline.get(0).get("Title"));
        PdfTextExtractor text = new PdfTextExtractor(reader);
        String last = text.getTextFromPage(reader.getNumberOfPages());
        assertTrue(last.contains("Page " + reader.getNumberOfPages() + " of " + reader.getNumberOfPages()), last);
        assertTrue(text.getTextFromPage(2).contains("Contents"));
        reader.close();
    }

    @Test
    void arabicDocumentKeepsItsWordsJoinedAndItsLatinWords() throws IOException {
        PdfReader reader = new PdfReader(pdf(sample(Lang.AR)));
        String page = new PdfTextExtractor(reader).getTextFromPage(5);
        Set<String> words = PdfReading.arabicWords(page);
        for (String expected : List.of("يستقبل", "المغرب", "المفوضية", "مراكز", "مفتوحة", "مغلقة")) {
            assertTrue(words.contains(expected), expected + " in " + words);
        }
        assertTrue(page.contains("UNHCR Rabat"), "a Latin name inside Arabic text keeps its order: " + page);
        List<Map<String, Object>> outline = SimpleBookmark.getBookmarkList(reader);
        assertEquals("1 القسم 1", outline.get(0).get("Title"));
        assertEquals("ar", reader.getCatalog().getAsString(PdfName.LANG).toUnicodeString());
        reader.close();
    }

    @Test
    void contentsListThePagesTheHeadingsAreOn() throws IOException {
        PdfReader reader = new PdfReader(pdf(sample(Lang.EN)));
        PdfTextExtractor text = new PdfTextExtractor(reader);
        List<Map<String, Object>> outline = SimpleBookmark.getBookmarkList(reader);
        String contents = text.getTextFromPage(2) + "\n" + text.getTextFromPage(3);
        for (Map<String, Object> entry : outline) {
            int page = Integer.parseInt(String.valueOf(entry.get("Page")).split(" ")[0]);
            assertTrue(text.getTextFromPage(page).contains((String) entry.get("Title")), entry.toString());
            // the extractor joins the two cells of a contents line, with or without a space
            String listed = entry.get("Title") + " " + page;
            assertTrue(contents.lines().map(String::strip).anyMatch(l -> l.equals(listed)
                    || l.equals(listed.replace(" " + page, String.valueOf(page)))), listed + " in " + contents);
        }
        reader.close();
    }
}
