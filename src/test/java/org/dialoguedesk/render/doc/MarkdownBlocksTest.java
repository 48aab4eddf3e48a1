package org.dialoguedesk.render.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownBlocksTest {

    @Test
    void headingsAreNumberedUnderTheSection() {
        List<Block> blocks = MarkdownBlocks.of("## Reception\n\ntext\n\n### Capacity\n\n## Asylum\n", "3", "s3");
        List<Block.Heading> headings = blocks.stream().filter(Block.Heading.class::isInstance)
                .map(Block.Heading.class::cast).toList();
        assertEquals(List.of("3.1 Reception", "3.1.1 Capacity", "3.2 Asylum"),
                headings.stream().map(Block.Heading::numbered).toList());
        assertEquals(List.of(2, 3, 2), headings.stream().map(Block.Heading::level).toList());
        assertEquals(3, headings.stream().map(Block.Heading::anchor).distinct().count());
    }

    @Test
    void aTextWhoseHeadingsStartDeeperIsNumberedFromItsShallowest() {
        List<Block> blocks = MarkdownBlocks.of("### About\n\n#### Detail\n\n### Origin\n", "1", "s1");
        assertEquals(List.of("1.1 About", "1.1.1 Detail", "1.2 Origin"), blocks.stream()
                .map(b -> ((Block.Heading) b).numbered()).toList());
    }

    @Test
    void provenanceCommentsAreLeftOutAndOnlyWebAddressesLink() {
        List<Block> blocks = MarkdownBlocks.of("<!-- answer q_bg_01 MAR round 2025 -->\nSee *the* [law](https://example.org/law)"
                + " and [notes](notes.md).\n<!-- /answer -->\n", "1", "s1");
        assertEquals(1, blocks.size(), blocks.toString());
        Block.Para p = assertInstanceOf(Block.Para.class, blocks.get(0));
        assertEquals(List.of(Span.plain("See "), new Span("the", Span.Ink.ITALIC, ""), Span.plain(" "),
                new Span("law", Span.Ink.PLAIN, "https://example.org/law"), Span.plain(" and notes.")), p.spans());
    }

    @Test
    void tablesListsAndNestedEmphasis() {
        List<Block> blocks = MarkdownBlocks.of("| a | b |\n|---|---|\n| 1 | **2** |\n\n1. one\n   - inner\n2. ***two***\n",
                "", "x");
        Block.Table table = assertInstanceOf(Block.Table.class, blocks.get(0));
        assertEquals(1, table.headerRows());
        assertEquals(2, table.rows().size());
        assertEquals(List.of(Span.bold("2")), table.rows().get(1).get(1));
        Block.Items items = assertInstanceOf(Block.Items.class, blocks.get(1));
        assertTrue(items.ordered());
        assertInstanceOf(Block.Items.class, items.items().get(0).get(1));
        Block.Para two = assertInstanceOf(Block.Para.class, items.items().get(1).get(0));
        assertEquals(Span.Ink.BOLD_ITALIC, two.spans().get(0).ink());
    }

    @Test
    void unclosedMarkupStillGivesItsText() {
        List<Block> blocks = MarkdownBlocks.of("**never closed [link(http://x", "1", "s");
        assertFalse(blocks.isEmpty());
        Block.Para p = assertInstanceOf(Block.Para.class, blocks.get(0));
        assertEquals("**never closed [link(http://x", p.spans().get(0).text());
    }
}
