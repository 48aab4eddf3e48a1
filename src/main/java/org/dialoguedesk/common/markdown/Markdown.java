package org.dialoguedesk.common.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Document;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Profile texts are Markdown: CommonMark with GitHub's tables. This is the one place that parses it,
 * so the preview, the list of sources and the documents rendered from a profile all see the same
 * tree. Nothing here throws, whatever the text: an officer's half-typed table or a pasted web page
 * still gives a tree that holds all of its text.
 *
 * <p>Nesting is bounded: blocks nested deeper than {@value #MAX_BLOCK_NESTING} open block parsers
 * (about ten levels of lists) or inlines deeper than {@value #MAX_INLINE_NESTING} stay literal text.
 * No real profile nests that deep, and so every walker of the tree may recurse without fear of a
 * stack overflow on hostile input ({@code >>>>>>…} fifty thousand times).
 */
public final class Markdown {

    static final int MAX_BLOCK_NESTING = 20;
    static final int MAX_INLINE_NESTING = 16;

    private static final Logger LOG = LoggerFactory.getLogger(Markdown.class);

    /** CommonMark parsers are immutable and thread-safe; source spans let table rows keep their extra cells. */
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .maxOpenBlockParsers(MAX_BLOCK_NESTING)
            .maxInlineNesting(MAX_INLINE_NESTING)
            .build();

    private Markdown() {
    }

    /** The document tree of that text ({@code null} reads as empty). */
    public static Node parse(String markdown) {
        String text = markdown == null ? "" : markdown;
        try {
            Node document = PARSER.parse(text);
            TableOverflow.keepExtraCells(document, text);
            return document;
        } catch (RuntimeException e) {
            // a parser bug must not cost the officer the preview: show the text as it is
            LOG.warn("Could not parse Markdown ({} characters); showing it as plain text", text.length(), e);
            return literal(text);
        }
    }

    /** Every link of the text, in the order they appear. */
    public static List<MarkdownLink> links(String markdown) {
        return links(parse(markdown));
    }

    /**
     * Every link of a parsed document, in the order they appear: inline links, reference links and
     * {@code <https://…>} autolinks. Images are not links (their address is a picture, not a source);
     * a bare "www.example.org" in the text is not one either (CommonMark needs the brackets).
     */
    public static List<MarkdownLink> links(Node document) {
        List<MarkdownLink> links = new ArrayList<>();
        collectLinks(document, links);
        return links;
    }

    /**
     * The text a reader sees, without markup: blocks and table rows on lines of their own, table
     * cells separated by tabs, a link by its text, an image by its alt text; raw HTML is kept as
     * written.
     */
    public static String plainText(String markdown) {
        return plainText(parse(markdown));
    }

    public static String plainText(Node document) {
        return PlainText.of(document);
    }

    private static void collectLinks(Node node, List<MarkdownLink> links) {
        if (node instanceof Link link) {
            String text = PlainText.inline(link).strip();
            String url = link.getDestination() == null ? "" : link.getDestination();
            links.add(new MarkdownLink(text.isEmpty() ? url : text, url));
        }
        if (node instanceof Image) {
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collectLinks(child, links);
        }
    }

    private static Node literal(String text) {
        Document document = new Document();
        Paragraph paragraph = new Paragraph();
        paragraph.appendChild(new Text(text));
        document.appendChild(paragraph);
        return document;
    }
}
