package org.dialoguedesk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.ThematicBreak;

/**
 * The blocks of a Markdown tree as JavaFX nodes, styled by classes {@code md-*} in desk.css. Every
 * text is a {@link Paragraph}, so Arabic wraps and mixed Arabic and Latin reads in order; lists,
 * quotes and tables are laid out in boxes and grids that mirror with the view's orientation
 * (bullets on the right, first column on the right, in a right-to-left view).
 */
final class MarkdownBlocks {

    private static final String[] BULLETS = {"\u2022", "\u25E6", "\u25AA"};

    private final MarkdownInlines inlines;

    MarkdownBlocks(MarkdownInlines inlines) {
        this.inlines = inlines;
    }

    /** The nodes of the blocks under {@code parent} (a document, quote or list item). */
    List<javafx.scene.Node> blocks(Node parent, int listDepth) {
        List<javafx.scene.Node> nodes = new ArrayList<>();
        for (Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
            nodes.addAll(block(block, listDepth));
        }
        return nodes;
    }

    /** The nodes of one block: none for a link definition, one for any other block it knows. */
    List<javafx.scene.Node> block(Node block, int listDepth) {
        if (block instanceof Heading heading) {
            return List.of(text(heading, "md-heading", "md-h" + Math.min(Math.max(heading.getLevel(), 1), 6)));
        } else if (block instanceof org.commonmark.node.Paragraph) {
            return List.of(text(block, "md-paragraph"));
        } else if (block instanceof ListBlock list) {
            return List.of(list(list, listDepth));
        } else if (block instanceof BlockQuote) {
            VBox quote = new VBox();
            quote.getStyleClass().add("md-blockquote");
            quote.getChildren().setAll(blocks(block, listDepth));
            return List.of(quote);
        } else if (block instanceof FencedCodeBlock code) {
            return List.of(code(code.getLiteral()));
        } else if (block instanceof IndentedCodeBlock code) {
            return List.of(code(code.getLiteral()));
        } else if (block instanceof HtmlBlock html) {
            Paragraph raw = new Paragraph(withoutLastNewline(html.getLiteral()));
            raw.getStyleClass().add("md-html-block");
            return List.of(raw);
        } else if (block instanceof ThematicBreak) {
            Separator rule = new Separator();
            rule.getStyleClass().add("md-rule");
            return List.of(rule);
        } else if (block instanceof TableBlock table) {
            return List.of(MarkdownTable.of(table, inlines));
        } else if (block instanceof LinkReferenceDefinition) {
            return List.of();
        }
        // a block of an extension this view does not know: show what it holds
        return blocks(block, listDepth);
    }

    private Paragraph text(Node block, String... styles) {
        Paragraph paragraph = new Paragraph();
        paragraph.getStyleClass().addAll(styles);
        paragraph.setRuns(inlines.runs(block));
        return paragraph;
    }

    private VBox list(ListBlock list, int depth) {
        VBox items = new VBox();
        items.getStyleClass().addAll("md-list", list.isTight() ? "md-list-tight" : "md-list-loose");
        int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber() : 1;
        String delimiter = list instanceof OrderedList ordered && ordered.getMarkerDelimiter() != null
                ? ordered.getMarkerDelimiter() : ".";
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            String marker = list instanceof BulletList ? BULLETS[depth % BULLETS.length] : number++ + delimiter;
            items.getChildren().add(item(item, marker, depth));
        }
        return items;
    }

    /** A marker and the item's blocks beside it; the row mirrors, so in Arabic the marker is on the right. */
    private HBox item(Node item, String marker, int depth) {
        Label bullet = new Label(marker);
        bullet.getStyleClass().add("md-list-marker");
        bullet.setMinWidth(Label.USE_PREF_SIZE);
        VBox body = new VBox();
        body.getStyleClass().add("md-list-item-body");
        if (item instanceof ListItem) {
            body.getChildren().setAll(blocks(item, depth + 1));
        }
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox row = new HBox(bullet, body);
        row.getStyleClass().add("md-list-item");
        // top, not baseline: lining up baselines lays every paragraph of a long list out twice
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    /** Code is shown as written, left to right, every space kept. */
    private static Paragraph code(String literal) {
        Paragraph code = new Paragraph(withoutLastNewline(literal));
        code.getStyleClass().add("md-code-block");
        code.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        return code;
    }

    private static String withoutLastNewline(String literal) {
        if (literal == null) {
            return "";
        }
        return literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
    }
}
