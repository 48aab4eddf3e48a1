package org.dialoguedesk.render.doc;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.dialoguedesk.common.markdown.Markdown;
import org.dialoguedesk.common.markdown.MarkdownLink;

/**
 * A section's Markdown as document blocks: its headings numbered under the section's own number
 * ("3.1", "3.1.1"; the text's shallowest headings are the "3.1" ones, whatever their level), paragraphs, lists, quotes, code and GFM tables, with emphasis and live links.
 * Raw HTML is left out: in a profile it is the provenance comments, meant for the officers, not the
 * readers. Whatever the text holds, this gives blocks (the parser never throws).
 */
public final class MarkdownBlocks {

    private final String number;
    private final String anchor;
    private int topLevel = 1;
    private int second;
    private int third;

    private MarkdownBlocks(String number, String anchor) {
        this.number = number;
        this.anchor = anchor;
    }

    /**
     * The blocks of {@code markdown}, its headings one level below a section heading numbered
     * {@code number}, their anchors starting with {@code anchor}.
     */
    public static List<Block> of(String markdown, String number, String anchor) {
        MarkdownBlocks converter = new MarkdownBlocks(number, anchor);
        List<Block> blocks = new ArrayList<>();
        Node document = Markdown.parse(markdown);
        converter.topLevel = topLevel(document, 6);
        converter.blocks(document, blocks);
        return blocks;
    }

    private void blocks(Node parent, List<Block> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n, out);
        }
    }

    private void block(Node n, List<Block> out) {
        if (n instanceof Heading h) {
            out.add(heading(h));
        } else if (n instanceof Paragraph) {
            addPara(out, Block.Style.BODY, spans(n));
        } else if (n instanceof ListBlock list) {
            out.add(items(list));
        } else if (n instanceof BlockQuote) {
            List<Block> inner = new ArrayList<>();
            blocks(n, inner);
            for (Block b : inner) {
                out.add(b instanceof Block.Para p ? new Block.Para(Block.Style.QUOTE, p.spans()) : b);
            }
        } else if (n instanceof FencedCodeBlock code) {
            out.add(Block.Para.of(Block.Style.CODE, strip(code.getLiteral())));
        } else if (n instanceof IndentedCodeBlock code) {
            out.add(Block.Para.of(Block.Style.CODE, strip(code.getLiteral())));
        } else if (n instanceof TableBlock table) {
            out.add(table(table));
        } else if (!(n instanceof HtmlBlock)) {
            blocks(n, out);
        }
    }

    private Block.Heading heading(Heading h) {
        String text = plain(spans(h));
        if (h.getLevel() <= topLevel) {
            second++;
            third = 0;
            return new Block.Heading(2, number.isEmpty() ? "" : number + "." + second, text,
                    anchor + "-" + second);
        }
        third++;
        return new Block.Heading(3, number.isEmpty() ? "" : number + "." + Math.max(1, second) + "." + third, text,
                anchor + "-" + second + "-" + third);
    }

    /** The shallowest heading level the text uses: its headings become level 2, deeper ones level 3. */
    private static int topLevel(Node parent, int shallowest) {
        int top = shallowest;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            top = n instanceof Heading h ? Math.min(top, h.getLevel()) : Math.min(top, topLevel(n, top));
        }
        return top;
    }

    private Block.Items items(ListBlock list) {
        List<List<Block>> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                List<Block> inner = new ArrayList<>();
                blocks(item, inner);
                items.add(inner);
            }
        }
        return new Block.Items(list instanceof OrderedList, items);
    }

    private Block.Table table(TableBlock table) {
        List<List<List<Span>>> rows = new ArrayList<>();
        int header = 0;
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow) {
                    List<List<Span>> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) {
                            cells.add(spans(cell));
                        }
                    }
                    rows.add(cells);
                    if (part instanceof TableHead) {
                        header++;
                    }
                }
            }
        }
        return new Block.Table(rows, header);
    }

    private static void addPara(List<Block> out, Block.Style style, List<Span> spans) {
        if (!spans.isEmpty()) {
            out.add(new Block.Para(style, spans));
        }
    }

    private static List<Span> spans(Node parent) {
        List<Span> spans = new ArrayList<>();
        inline(parent, Span.Ink.PLAIN, "", spans);
        return merge(spans);
    }

    private static void inline(Node parent, Span.Ink ink, String url, List<Span> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                out.add(new Span(t.getLiteral(), ink, url));
            } else if (n instanceof Code c) {
                out.add(new Span(c.getLiteral(), Span.Ink.CODE, url));
            } else if (n instanceof SoftLineBreak) {
                out.add(new Span(" ", ink, url));
            } else if (n instanceof HardLineBreak) {
                out.add(new Span("\n", ink, url));
            } else if (n instanceof Emphasis) {
                inline(n, ink.with(false, true), url, out);
            } else if (n instanceof StrongEmphasis) {
                inline(n, ink.with(true, false), url, out);
            } else if (n instanceof Link link) {
                String target = link.getDestination() == null ? "" : link.getDestination();
                inline(n, ink, MarkdownLink.isWebAddress(target) ? target : url, out);
            } else if (n instanceof Image) {
                inline(n, ink, url, out);
            } else if (!(n instanceof HtmlInline)) {
                inline(n, ink, url, out);
            }
        }
    }

    /** Neighbouring spans of one look and link as one: fewer runs in the Word file, the same text. */
    private static List<Span> merge(List<Span> spans) {
        List<Span> merged = new ArrayList<>();
        for (Span s : spans) {
            if (!merged.isEmpty()) {
                Span last = merged.get(merged.size() - 1);
                if (last.ink() == s.ink() && last.url().equals(s.url())) {
                    merged.set(merged.size() - 1, new Span(last.text() + s.text(), s.ink(), s.url()));
                    continue;
                }
            }
            merged.add(s);
        }
        if (!merged.isEmpty() && merged.stream().allMatch(s -> s.text().isBlank())) {
            return List.of();
        }
        return merged;
    }

    private static String plain(List<Span> spans) {
        StringBuilder b = new StringBuilder();
        spans.forEach(s -> b.append(s.text()));
        return b.toString().strip();
    }

    private static String strip(String literal) {
        return literal == null ? "" : literal.stripTrailing();
    }
}
