package org.dialoguedesk.render.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Badges and tent cards printed and read back: every name whole, shrunk to fit, the unreadable reported. */
class PdfCardSheetWriterTest {

    static final String LONG = "Maria Fernanda de los Ángeles Villanueva-Castellanos y Ortega";
    static final String ENDLESS = "Pneumonoultramicroscopicsilicovolcanoconiosis-Hippopotomonstrosesquippedaliophobia"
            + "-Supercalifragilisticexpialidocious";
    static final String ARABIC = "محمد بن عبد الله الإدريسي";

    static Card badge(String latin, String arabic, String delegation) {
        List<Card.Line> lines = new ArrayList<>();
        lines.add(Card.Line.of(latin, 18, true));
        if (!arabic.isEmpty()) {
            lines.add(Card.Line.of(arabic, 18, true));
        }
        lines.add(Card.Line.of(delegation, 11, false));
        return new Card(lines, new Card.Band("Delegate", 0x1F4E79));
    }

    static List<Card> badges() {
        List<Card> cards = new ArrayList<>();
        cards.add(badge("Ahmed Benali", ARABIC, "Morocco"));
        cards.add(badge(LONG, "", "Spain"));
        cards.add(badge(ENDLESS, "", "Nowhere"));
        for (int i = 0; i < 20; i++) {
            cards.add(badge("Participant " + i, "", "Delegation " + i));
        }
        return cards;
    }

    private static byte[] keep(ByteArrayOutputStream out, String name) throws IOException {
        String keep = System.getProperty("doc.keep");
        if (keep != null) {
            Files.write(Path.of(keep, name), out.toByteArray());
        }
        return out.toByteArray();
    }

    @Test
    void badgesTenToASheetWithEveryNameWholeAndTheUnreadableReported() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<CardProblem> problems = new PdfCardSheetWriter().writeBadges(badges(), out);
        PdfReader reader = new PdfReader(keep(out, "badges.pdf"));
        assertEquals(3, reader.getNumberOfPages(), "23 badges, 10 a sheet");
        String first = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(first.contains("Ahmed Benali") && first.contains("Delegate"), first);
        assertTrue(PdfReading.arabicWords(first).containsAll(List.of("محمد", "عبد", "الله", "الإدريسي")),
                PdfReading.arabicWords(first).toString());
        String flat = first.replaceAll("\\s+", " ");
        assertTrue(flat.contains("Maria Fernanda de los") && flat.contains("Castellanos y Ortega"), "wrapped, not cut: " + flat);
        assertTrue(first.replaceAll("\\s+", "").contains(ENDLESS), "printed whole though too long: " + first);
        assertEquals(1, problems.size(), problems.toString());
        CardProblem problem = problems.get(0);
        assertEquals(2, problem.card());
        assertEquals(0, problem.line());
        assertTrue(problem.neededMm() > problem.availableMm(), problem.toString());
        reader.close();
    }

    @Test
    void longNameShrinksBelowItsSizeOnOneRowAndWrapsOnlyBelowItsMinimum() {
        float width = 82 * 72 / 25.4f;
        CardLines.Fit shortName = CardLines.fit(Card.Line.of("Ahmed Benali", 18, true), width);
        assertEquals(18, shortName.size(), 0.01);
        CardLines.Fit longer = CardLines.fit(Card.Line.of("Maria Fernanda Villanueva-Castellanos", 18, true), width);
        assertEquals(1, longer.rows().size());
        assertTrue(longer.size() < 18 && longer.size() >= 9, "shrunk: " + longer.size());
        CardLines.Fit longest = CardLines.fit(Card.Line.of(LONG, 18, true), width);
        assertEquals(List.of("Maria Fernanda de los Ángeles", "Villanueva-Castellanos y Ortega"), longest.rows());
        assertTrue(longest.readable());
        CardLines.Fit arabic = CardLines.fit(Card.Line.of(ARABIC, 18, true), width);
        assertTrue(arabic.rightToLeft() && arabic.readable());
    }

    @Test
    void tentCardIsOneLandscapePageACardWithBothFaces() throws IOException {
        List<Card> cards = List.of(
                Card.of(List.of(Card.Line.of("Morocco", 54, true), Card.Line.of("Maroc", 40, false),
                        Card.Line.of("المغرب", 48, true))),
                Card.of(List.of(Card.Line.of("Democratic Republic of the Congo", 54, true),
                        Card.Line.of("République démocratique du Congo", 40, false),
                        Card.Line.of("جمهورية الكونغو الديمقراطية", 48, true))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(new PdfCardSheetWriter().writeTentCards(cards, out).isEmpty());
        PdfReader reader = new PdfReader(keep(out, "tents.pdf"));
        assertEquals(2, reader.getNumberOfPages());
        assertTrue(reader.getPageSize(1).getWidth() > reader.getPageSize(1).getHeight(), "landscape");
        String page = new PdfTextExtractor(reader).getTextFromPage(2);
        assertTrue(page.contains("République démocratique du Congo"), page);
        assertTrue(PdfReading.arabicWords(page).containsAll(List.of("جمهورية", "الكونغو", "الديمقراطية")),
                PdfReading.arabicWords(page).toString());
        reader.close();
    }
}
