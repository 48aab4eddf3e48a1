package org.dialoguedesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.SourceSpan;
import org.dialoguedesk.common.markdown.Markdown;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read-only rendering of Markdown (CommonMark with GitHub tables) as JavaFX nodes: headings,
 * paragraphs with bold, italic, code and links, nested lists, quotes, code blocks, rules and
 * tables. Every change of {@link #markdownProperty()} renders it anew, at once: debounce typing
 * before setting it (as {@link MarkdownEditor} does). Put it in a scroll pane to scroll.
 *
 * <p>Its direction is the text's, not the window's: {@link #rightToLeftProperty()} (false by default)
 * mirrors it for Arabic text. Clicking a web or mail link hands the address to the consumer given to
 * the constructor (the application opens the browser); other addresses are shown, not opened.
 * An image is shown as its description and address: the desk works offline.
 *
 * <p>The blocks before and after those whose source text changed keep their nodes from the last
 * rendering, so typing in a long document re-renders the block being typed in, not the document.
 *
 * <p>Style classes: {@code markdown-view} on the view, {@code md-*} on what it shows.
 */
public class MarkdownView extends VBox {

    private static final Logger LOG = LoggerFactory.getLogger(MarkdownView.class);

    private final StringProperty markdown = new SimpleStringProperty(this, "markdown", "");
    private final BooleanProperty rightToLeft = new SimpleBooleanProperty(this, "rightToLeft", false);
    private final MarkdownBlocks blocks;
    /** The source of each top-level block shown (null where the parser gave no position), and its nodes. */
    private List<String> keys = List.of();
    private List<List<Node>> shownBlocks = List.of();
    /** The link reference definitions of the text shown. */
    private String definitions = "";

    public MarkdownView(I18n i18n, Consumer<String> openLink) {
        Objects.requireNonNull(openLink, "openLink");
        this.blocks = new MarkdownBlocks(new MarkdownInlines(i18n, openLink));
        getStyleClass().add("markdown-view");
        markdown.subscribe(this::render);
        rightToLeft.subscribe(rtl -> setNodeOrientation(rtl ? NodeOrientation.RIGHT_TO_LEFT
                : NodeOrientation.LEFT_TO_RIGHT));
    }

    public final StringProperty markdownProperty() {
        return markdown;
    }

    public final String getMarkdown() {
        return markdown.get();
    }

    public final void setMarkdown(String value) {
        markdown.set(value);
    }

    public final BooleanProperty rightToLeftProperty() {
        return rightToLeft;
    }

    public final boolean isRightToLeft() {
        return rightToLeft.get();
    }

    public final void setRightToLeft(boolean value) {
        rightToLeft.set(value);
    }

    /**
     * The view is meant to scroll: asked for its minimum height, the box would lay every paragraph
     * out at another width than the one it is shown at, doubling the time a long document takes.
     */
    @Override
    protected double computeMinHeight(double width) {
        return snappedTopInset() + snappedBottomInset();
    }

    private void render(String text) {
        String source = text == null ? "" : text;
        try {
            show(Markdown.parse(source), source);
        } catch (RuntimeException e) {
            // a rendering bug must not blank the preview: show the text as typed
            LOG.warn("Could not render Markdown ({} characters); showing it as plain text", source.length(), e);
            keys = List.of();
            shownBlocks = List.of();
            definitions = "";
            getChildren().setAll(new Paragraph(source));
        }
    }

    /**
     * Shows the document's blocks, keeping the nodes of the unchanged blocks before and after the
     * ones that changed (compared by their source): typing changes one block in the middle.
     */
    private void show(org.commonmark.node.Node document, String text) {
        List<org.commonmark.node.Node> blocks = new ArrayList<>();
        List<String> newKeys = new ArrayList<>();
        for (org.commonmark.node.Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            blocks.add(block);
            newKeys.add(source(block, text).orElse(null));
        }
        // a reference link renders by its definition, which may sit in another block
        String newDefinitions = definitions(document);
        boolean reuse = newDefinitions.equals(definitions);
        int same = reuse ? sameFromStart(keys, newKeys) : 0;
        int sameAtEnd = reuse ? sameFromEnd(keys.subList(same, keys.size()), newKeys.subList(same, newKeys.size())) : 0;

        List<List<Node>> newBlocks = new ArrayList<>(shownBlocks.subList(0, same));
        for (int i = same; i < blocks.size() - sameAtEnd; i++) {
            newBlocks.add(this.blocks.block(blocks.get(i), 0));
        }
        newBlocks.addAll(shownBlocks.subList(shownBlocks.size() - sameAtEnd, shownBlocks.size()));

        int before = count(shownBlocks.subList(0, same));
        int after = count(shownBlocks.subList(shownBlocks.size() - sameAtEnd, shownBlocks.size()));
        List<Node> changed = new ArrayList<>();
        newBlocks.subList(same, newBlocks.size() - sameAtEnd).forEach(changed::addAll);
        ObservableList<Node> children = getChildren();
        if (children.size() == count(shownBlocks)) {
            children.remove(before, children.size() - after);
            children.addAll(before, changed);
        } else {
            List<Node> all = new ArrayList<>();
            newBlocks.forEach(all::addAll);
            children.setAll(all);
        }
        keys = newKeys;
        definitions = newDefinitions;
        shownBlocks = newBlocks;
    }

    private static int sameFromStart(List<String> before, List<String> after) {
        int same = 0;
        while (same < before.size() && same < after.size() && after.get(same) != null
                && after.get(same).equals(before.get(same))) {
            same++;
        }
        return same;
    }

    private static int sameFromEnd(List<String> before, List<String> after) {
        int same = 0;
        while (same < before.size() && same < after.size() && after.get(after.size() - 1 - same) != null
                && after.get(after.size() - 1 - same).equals(before.get(before.size() - 1 - same))) {
            same++;
        }
        return same;
    }

    private static int count(List<List<Node>> blocks) {
        int count = 0;
        for (List<Node> nodes : blocks) {
            count += nodes.size();
        }
        return count;
    }

    private static String definitions(org.commonmark.node.Node document) {
        StringBuilder all = new StringBuilder();
        for (org.commonmark.node.Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof LinkReferenceDefinition d) {
                all.append(d.getLabel()).append(' ').append(d.getDestination()).append(' ').append(d.getTitle())
                        .append('\n');
            }
        }
        return all.toString();
    }

    /** The block's own lines of the text, when the parser says where they are. */
    private static Optional<String> source(org.commonmark.node.Node block, String text) {
        List<SourceSpan> spans = block.getSourceSpans();
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        int from = spans.get(0).getInputIndex();
        SourceSpan last = spans.get(spans.size() - 1);
        int to = last.getInputIndex() + last.getLength();
        return from >= 0 && from <= to && to <= text.length()
                ? Optional.of(text.substring(from, to)) : Optional.empty();
    }
}
