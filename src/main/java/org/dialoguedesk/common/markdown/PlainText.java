package org.dialoguedesk.common.markdown;

import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The text of a Markdown tree without its markup (see {@link Markdown#plainText(Node)}). */
final class PlainText {

    private final StringBuilder out = new StringBuilder();

    private PlainText() {
    }

    static String of(Node document) {
        PlainText text = new PlainText();
        text.block(document);
        return text.out.toString().strip();
    }

    /** The text of an inline stretch (a link's words). */
    static String inline(Node node) {
        PlainText text = new PlainText();
        text.inlines(node);
        return text.out.toString();
    }

    private void block(Node node) {
        if (node instanceof FencedCodeBlock code) {
            line(stripNewline(code.getLiteral()));
        } else if (node instanceof IndentedCodeBlock code) {
            line(stripNewline(code.getLiteral()));
        } else if (node instanceof HtmlBlock html) {
            line(stripNewline(html.getLiteral()));
        } else if (node instanceof TableRow row) {
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                if (cell != row.getFirstChild()) {
                    out.append('\t');
                }
                inlines(cell);
            }
            out.append('\n');
        } else if (node instanceof org.commonmark.node.Paragraph || node instanceof org.commonmark.node.Heading) {
            inlines(node);
            out.append('\n');
        } else {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                block(child);
            }
        }
    }

    private void inlines(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                out.append(text.getLiteral());
            } else if (child instanceof Code code) {
                out.append(code.getLiteral());
            } else if (child instanceof HtmlInline html) {
                out.append(html.getLiteral());
            } else if (child instanceof SoftLineBreak) {
                out.append(' ');
            } else if (child instanceof HardLineBreak) {
                out.append('\n');
            } else {
                inlines(child);
            }
        }
    }

    private void line(String text) {
        out.append(text == null ? "" : text).append('\n');
    }

    private static String stripNewline(String literal) {
        return literal != null && literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
    }
}
