package org.dialoguedesk.ui;

import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.Font;
import javafx.util.Duration;

/**
 * Markdown source and its live preview side by side. The text lives in the text area alone and
 * {@link #textProperty()} is bound to it both ways; the preview only reads it, a quarter of a
 * second after the last keystroke, so nothing the preview does can lose a word typed.
 *
 * <p>{@link #rightToLeftProperty()} (the toggle above the panes) turns both the source and the
 * preview right to left, for Arabic text; it is the text's direction, independent of the window's.
 * Ids: {@code #markdown-source}, {@code #markdown-preview}, {@code #markdown-rtl}.
 */
public class MarkdownEditor extends BorderPane {

    /** Long enough not to re-render a long section on every keystroke, short enough to feel live. */
    public static final Duration PREVIEW_DELAY = Duration.millis(250);

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final BooleanProperty rightToLeft = new SimpleBooleanProperty(this, "rightToLeft", false);
    private final TextArea source = new TextArea();
    private final MarkdownView preview;
    private final PauseTransition typing = new PauseTransition(PREVIEW_DELAY);

    public MarkdownEditor(I18n i18n, Consumer<String> openLink) {
        getStyleClass().add("markdown-editor");
        preview = new MarkdownView(i18n, openLink);
        preview.setId("markdown-preview");

        source.setId("markdown-source");
        source.getStyleClass().add("markdown-source");
        source.setPromptText(i18n.get("markdown.editor.prompt"));
        ArabicText.wrapUnlessArabic(source);
        ArabicText.mixedScriptFamily()
                .ifPresent(family -> source.setFont(Font.font(family, source.getFont().getSize())));
        source.textProperty().bindBidirectional(text);

        ScrollPane scroll = new ScrollPane(preview);
        scroll.getStyleClass().add("markdown-preview-scroll");
        scroll.setFitToWidth(true);
        SplitPane panes = new SplitPane(source, scroll);
        panes.setDividerPositions(0.5);

        ToggleButton rtl = new ToggleButton(i18n.get("markdown.editor.rtl"));
        rtl.setId("markdown-rtl");
        rtl.selectedProperty().bindBidirectional(rightToLeft);
        HBox bar = new HBox(rtl);
        bar.getStyleClass().add("markdown-toolbar");

        setTop(bar);
        setCenter(panes);

        typing.setOnFinished(e -> renderNow());
        text.addListener((o, was, now) -> typing.playFromStart());
        rightToLeft.subscribe(r -> {
            source.setNodeOrientation(r ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
            preview.setRightToLeft(r);
        });
    }

    /** Renders the preview now, without waiting for typing to pause (after loading another text). */
    public void renderNow() {
        typing.stop();
        preview.setMarkdown(text.get());
    }

    public MarkdownView preview() {
        return preview;
    }

    public final StringProperty textProperty() {
        return text;
    }

    public final String getText() {
        return text.get();
    }

    public final void setText(String value) {
        text.set(value);
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
}
