package org.dialoguedesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.scene.Cursor;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Text;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.dialoguedesk.common.markdown.MarkdownLink;

/**
 * The inline content of a Markdown block (words, emphasis, code, links, images) as the styled runs
 * of a {@link Paragraph}. Raw HTML is shown as written, in the code style: the preview renders no
 * HTML, and text the officer typed must not disappear from it.
 */
final class MarkdownInlines {

    /** The space between digit groups ("12 500", "1 200"), not between two numbers ("2021 2022"). */
    private static final Pattern DIGIT_GROUP_SPACE = Pattern.compile("(?<=\\p{Nd}) (?=\\p{Nd}{3}(?!\\p{Nd}))");

    private final I18n i18n;
    private final Consumer<String> openLink;

    MarkdownInlines(I18n i18n, Consumer<String> openLink) {
        this.i18n = i18n;
        this.openLink = openLink;
    }

    List<Paragraph.Run> runs(Node block) {
        List<Paragraph.Run> runs = new ArrayList<>();
        add(block, List.of(), null, runs);
        return runs;
    }

    private void add(Node parent, List<String> styles, Consumer<Text> link, List<Paragraph.Run> runs) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof org.commonmark.node.Text text) {
                text(text.getLiteral(), styles, link, runs);
            } else if (node instanceof Code code) {
                runs.add(new Paragraph.Run(code.getLiteral(), with(styles, "md-code"), link));
            } else if (node instanceof HtmlInline html) {
                runs.add(new Paragraph.Run(html.getLiteral(), with(styles, "md-html"), link));
            } else if (node instanceof SoftLineBreak) {
                runs.add(new Paragraph.Run(" ", styles, link));
            } else if (node instanceof HardLineBreak) {
                runs.add(new Paragraph.Run("\n", styles));
            } else if (node instanceof Emphasis) {
                add(node, with(styles, "md-emphasis"), link, runs);
            } else if (node instanceof StrongEmphasis) {
                add(node, with(styles, "md-strong"), link, runs);
            } else if (node instanceof Link l) {
                link(l, styles, runs);
            } else if (node instanceof Image image) {
                image(image, styles, runs);
            } else {
                add(node, styles, link, runs);
            }
        }
    }

    /**
     * Words as shown. A space between digit groups becomes a no-break space: in right-to-left text,
     * the bidi rules would show "12 500" as "500 12", while a no-break space keeps the number whole.
     * Arabic words in emphasis are not slanted: asked for italic Arabic, JavaFX falls back to a font
     * that draws other glyphs altogether; they are coloured instead ({@code md-emphasis-arabic}).
     */
    private static void text(String literal, List<String> styles, Consumer<Text> link, List<Paragraph.Run> runs) {
        String shown = DIGIT_GROUP_SPACE.matcher(literal).replaceAll("\u00A0");
        if (!styles.contains("md-emphasis") || !ArabicText.in(shown)) {
            runs.add(new Paragraph.Run(shown, styles, link));
            return;
        }
        List<String> arabic = new ArrayList<>(styles);
        arabic.replaceAll(style -> style.equals("md-emphasis") ? "md-emphasis-arabic" : style);
        for (String piece : Paragraph.pieces(shown)) {
            runs.add(new Paragraph.Run(piece, ArabicText.in(piece) ? arabic : styles, link));
        }
    }

    /**
     * A web or mail link opens through the view's consumer; any other address ({@code file:}, a
     * relative name) is shown as a link that does nothing, its address in the tooltip.
     */
    private void link(Link link, List<String> styles, List<Paragraph.Run> runs) {
        String url = link.getDestination() == null ? "" : link.getDestination();
        boolean web = MarkdownLink.isWebAddress(url);
        List<String> linkStyles = with(styles, web ? "md-link" : "md-link-inert");
        Consumer<Text> decoration = decoration(url, web);
        int before = runs.size();
        add(link, linkStyles, decoration, runs);
        if (runs.size() == before) {
            runs.add(new Paragraph.Run(url, linkStyles, decoration));
        }
    }

    /** The desk is offline: an image is shown as its description and its address. */
    private void image(Image image, List<String> styles, List<Paragraph.Run> runs) {
        String url = image.getDestination() == null ? "" : image.getDestination();
        StringBuilder alt = new StringBuilder();
        for (Paragraph.Run run : runs(image)) {
            alt.append(run.text());
        }
        runs.add(new Paragraph.Run(i18n.get("markdown.image", alt.toString().strip()), with(styles, "md-image")));
        runs.add(new Paragraph.Run(" ", styles));
        boolean web = MarkdownLink.isWebAddress(url);
        runs.add(new Paragraph.Run(url, with(styles, web ? "md-link" : "md-link-inert"), decoration(url, web)));
    }

    /**
     * The address as a tooltip, made when the pointer first comes over the word: a tooltip is a
     * popup window, too heavy to make for every word of every link of a long document.
     */
    private Consumer<Text> decoration(String url, boolean web) {
        return text -> {
            text.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
                if (!text.getProperties().containsKey(Tooltip.class)) {
                    Tooltip address = new Tooltip(url);
                    text.getProperties().put(Tooltip.class, address);
                    Tooltip.install(text, address);
                }
            });
            if (web) {
                text.setCursor(Cursor.HAND);
                text.setOnMouseClicked(e -> {
                    if (e.getButton() == MouseButton.PRIMARY) {
                        e.consume();
                        openLink.accept(url);
                    }
                });
            }
        };
    }

    private static List<String> with(List<String> styles, String style) {
        List<String> more = new ArrayList<>(styles);
        more.add(style);
        return more;
    }
}
