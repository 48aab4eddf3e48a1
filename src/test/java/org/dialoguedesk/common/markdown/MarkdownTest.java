package org.dialoguedesk.common.markdown;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Links and plain text of profile Markdown, and hostile input that must never throw or drop text. */
class MarkdownTest {

    private static final String PROFILE = """
            # Morocco — migration profile

            Data come from [UNHCR](https://www.unhcr.org/ma) and the **[World Bank][wb]** indicators.

            - Asylum: see <https://help.unhcr.org/morocco/>
            - Returns: [IOM AVRR](https://morocco.iom.int/avrr "Assisted return")

            | Year | Arrivals | Source |
            |------|---------:|--------|
            | 2023 | 14 700 | [Frontex](https://frontex.europa.eu) |

            ![Map of routes](https://example.org/map.png)

            [wb]: https://data.worldbank.org/country/morocco
            """;

    @Test
    void linksAreListedInDocumentOrderWithTheirText() {
        assertEquals(List.of(
                new MarkdownLink("UNHCR", "https://www.unhcr.org/ma"),
                new MarkdownLink("World Bank", "https://data.worldbank.org/country/morocco"),
                new MarkdownLink("https://help.unhcr.org/morocco/", "https://help.unhcr.org/morocco/"),
                new MarkdownLink("IOM AVRR", "https://morocco.iom.int/avrr"),
                new MarkdownLink("Frontex", "https://frontex.europa.eu")), Markdown.links(PROFILE));
    }

    @Test
    void aLinkShowingNoTextIsNamedByItsAddress() {
        assertEquals(List.of(new MarkdownLink("https://www.icmpd.org", "https://www.icmpd.org")),
                Markdown.links("See [](https://www.icmpd.org)."));
    }

    @Test
    void arabicLinkTextIsKept() {
        assertEquals(List.of(new MarkdownLink("المفوضية UNHCR", "https://www.unhcr.org/ar")),
                Markdown.links("المصدر: [المفوضية UNHCR](https://www.unhcr.org/ar)، 2023."));
    }

    @Test
    void plainTextDropsMarkupAndKeepsWordsTablesAndLinkTexts() {
        String text = Markdown.plainText(PROFILE);
        assertTrue(text.startsWith("Morocco — migration profile\n"), text);
        assertTrue(text.contains("Data come from UNHCR and the World Bank indicators."), text);
        assertTrue(text.contains("Year\tArrivals\tSource\n2023\t14 700\tFrontex"), text);
        assertTrue(text.contains("Map of routes"), text);
        assertFalse(text.contains("**") || text.contains("](") || text.contains("|"), text);
    }

    @Test
    void softLineBreaksJoinWordsAndHardOnesBreakTheLine() {
        assertEquals("one two\nthree", Markdown.plainText("one\ntwo  \nthree"));
    }

    @Test
    void extraCellsOfATableRowAreKept() {
        String text = Markdown.plainText("| Year | Arrivals |\n|---|---|\n| 2019 | 1 200 | 900 | note \\| x |\n| 2020 |");
        assertEquals("Year\tArrivals\n2019\t1 200\t900\tnote | x\n2020", text);
    }

    @Test
    void rowCellsAreSplitAtUnescapedPipes() {
        assertEquals(List.of("a", "b | c", "", "d"), TableOverflow.cells("| a | b \\| c || d |"));
        assertEquals(List.of("a", "b"), TableOverflow.cells("a|b"));
    }

    @Test
    void malformedMarkdownKeepsItsText() {
        String broken = """
                # Unclosed [link to UNHCR(https://www.unhcr.org
                **bold that never ends and _italic too
                | Year | Arrivals |
                |---|---|---|
                | 2019 | 1200
                <div>raw <b>html</b> block
                ```
                fence never closed
                """;
        String text = Markdown.plainText(broken);
        for (String word : List.of("Unclosed", "[link", "UNHCR(https://www.unhcr.org", "**bold", "ends", "_italic",
                "Year", "Arrivals", "2019", "1200", "<div>raw", "<b>html</b>", "fence", "closed")) {
            assertTrue(text.contains(word), () -> word + " missing from: " + text);
        }
        assertEquals(List.of(), Markdown.links(broken));
    }

    @Test
    void noTextIsAnEmptyDocument() {
        assertEquals("", Markdown.plainText((String) null));
        assertEquals("", Markdown.plainText(""));
        assertEquals(List.of(), Markdown.links((String) null));
    }

    @Test
    void deepNestingStaysTextInsteadOfOverflowingTheStack() {
        String quotes = ">".repeat(50_000) + " deep";
        String lists = "- ".repeat(30_000) + "deepest item";
        String brackets = "[".repeat(50_000) + "x" + "](u)".repeat(50_000);
        String emphasis = "*".repeat(50_000) + "word" + "*".repeat(50_000);
        assertTrue(Markdown.plainText(quotes).endsWith("deep"));
        assertTrue(Markdown.plainText(lists).endsWith("deepest item"));
        assertDoesNotThrow(() -> Markdown.links(brackets));
        assertTrue(Markdown.plainText(emphasis).contains("word"));
    }

    @Test
    void aHugeTextParses() {
        String page = PROFILE.repeat(2_500);
        assertTrue(page.length() > 1_000_000);
        assertEquals(5 * 2_500, Markdown.links(page).size());
    }

    /** Random text over Markdown's special characters, Arabic and Latin letters: nothing throws. */
    @Test
    void randomTextNeverThrows() {
        String alphabet = "#*_`[]()<>!|-+=:.\\\"' \n\t>1aZ~&;/هجرة";
        Random random = new Random(20240501);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(400);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String source = text.toString();
            assertDoesNotThrow(() -> {
                Markdown.links(source);
                Markdown.plainText(source);
            }, source);
        }
    }

    @Test
    void onlyWebAndMailAddressesAreOpenable() {
        assertTrue(MarkdownLink.isWebAddress("https://www.unhcr.org"));
        assertTrue(MarkdownLink.isWebAddress("HTTP://example.org/a?b=c"));
        assertTrue(MarkdownLink.isWebAddress("mailto:secretariat@example.org"));
        assertFalse(MarkdownLink.isWebAddress("file:///etc/passwd"));
        assertFalse(MarkdownLink.isWebAddress("javascript:alert(1)"));
        assertFalse(MarkdownLink.isWebAddress("map.png"));
        assertFalse(MarkdownLink.isWebAddress(null));
    }
}
