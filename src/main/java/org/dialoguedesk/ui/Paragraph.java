package org.dialoguedesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Text that wraps and orders right: use it instead of a wrapping {@code Label} for anything a user
 * reads, and for one-line data that may mix Arabic and Latin script (an organisation's label).
 *
 * <p>Why not a label: JavaFX 21 never breaks a line inside one Arabic text run, so a wrapped Arabic
 * label (or a {@code Text} with a wrapping width, or a text flow with one {@code Text}) runs past its
 * edge while the layout reserves room for several lines; and a one-line label mixing Arabic and
 * Latin in a right-to-left window puts its parts in the wrong order. A text flow breaks lines and
 * orders right between its children, so this one holds one {@code Text} per word and one per run
 * of spaces (splitting with the space attached to a word misplaces punctuation at line edges);
 * a newline starts a new line. A word is split again where Arabic letters meet other characters
 * ("الدولي." becomes "الدولي" and "."): within one {@code Text}, JavaFX lays out the parts drawn
 * from different fonts (Arabic letters from the Arabic fallback font, the full stop from the Latin
 * one) left to right, so the stop, colon or guillemet of an Arabic word lands on its wrong side.
 *
 * <p>Style class {@code paragraph}; its texts have {@code paragraph-text}, coloured by the theme.
 * Its preferred width is the text's width up to its max width (or {@value #PREFERRED_LINE_WIDTH} px
 * when that is unbounded), its minimum the longest word, and its preferred height, asked without
 * a width, is the height of the text wrapped at its preferred width: so dialogs sized to their
 * scene and table rows grow with the number of lines.
 *
 * <p>Styled text (a Markdown paragraph with bold words and links) is shown with {@link #setRuns}: each
 * run is cut into the same pieces, and its texts carry the run's style classes as well.
 */
public class Paragraph extends TextFlow {

    /** Preferred line width when the max width does not bound it: about 70 characters. */
    public static final double PREFERRED_LINE_WIDTH = 480;

    /** Before and after each run of spaces, and where Arabic letters meet other characters. */
    private static final Pattern BOUNDARY = Pattern.compile("(?<= )(?! )|(?<! )(?= )"
            + "|(?<=[" + ArabicText.BLOCKS + "])(?=[^ " + ArabicText.BLOCKS + "])"
            + "|(?<=[^ " + ArabicText.BLOCKS + "])(?=[" + ArabicText.BLOCKS + "])");

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final Text measure = new Text();
    /** While runs set the text property, its listener must not rebuild them as plain text. */
    private boolean settingRuns;

    /**
     * A stretch of a paragraph's text with style classes of its own (bold, a link's colour) and what
     * to add to each of its texts (a link's click handler and tooltip).
     */
    public record Run(String text, List<String> styleClasses, Consumer<? super Text> decoration) {

        public Run {
            text = text == null ? "" : text;
            styleClasses = List.copyOf(styleClasses);
            decoration = decoration == null ? t -> { } : decoration;
        }

        public Run(String text, List<String> styleClasses) {
            this(text, styleClasses, null);
        }
    }

    public Paragraph() {
        this("");
    }

    public Paragraph(String text) {
        getStyleClass().add("paragraph");
        this.text.subscribe(this::rebuild);
        setText(text);
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

    /**
     * The pieces the text is shown in: each word (split again between Arabic and other script),
     * each run of spaces, and "\n" between lines.
     */
    public static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return pieces;
        }
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                pieces.add("\n");
            }
            for (String piece : BOUNDARY.split(lines[i])) {
                if (!piece.isEmpty()) {
                    pieces.add(piece);
                }
            }
        }
        return pieces;
    }

    /**
     * Shows these runs one after the other; the text property becomes their texts joined. Setting
     * another text afterwards shows that one unstyled.
     */
    public final void setRuns(List<Run> runs) {
        List<Node> texts = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        for (Run run : runs) {
            joined.append(run.text());
            for (String piece : pieces(run.text())) {
                Text t = piece(piece);
                t.getStyleClass().addAll(run.styleClasses());
                run.decoration().accept(t);
                texts.add(t);
            }
        }
        settingRuns = true;
        try {
            text.set(joined.toString());
        } finally {
            settingRuns = false;
        }
        getChildren().setAll(texts);
    }

    private void rebuild(String value) {
        if (settingRuns) {
            return;
        }
        List<Node> texts = new ArrayList<>();
        for (String piece : pieces(value)) {
            texts.add(piece(piece));
        }
        getChildren().setAll(texts);
    }

    private static Text piece(String piece) {
        Text t = new Text(piece);
        t.getStyleClass().add("paragraph-text");
        return t;
    }

    @Override
    protected double computePrefWidth(double height) {
        double max = getMaxWidth();
        double cap = max > 0 && max < Double.MAX_VALUE ? max : PREFERRED_LINE_WIDTH;
        return Math.min(super.computePrefWidth(height), cap);
    }

    @Override
    protected double computePrefHeight(double width) {
        return super.computePrefHeight(width < 0 ? prefWidth(-1) : width);
    }

    @Override
    protected double computeMinWidth(double height) {
        double longest = 0;
        for (Node child : getChildren()) {
            if (child instanceof Text t && !t.getText().isBlank()) {
                measure.setFont(t.getFont());
                measure.setText(t.getText());
                longest = Math.max(longest, measure.getLayoutBounds().getWidth());
            }
        }
        Insets insets = getInsets();
        return Math.min(snapSizeX(longest) + snapSpaceX(insets.getLeft()) + snapSpaceX(insets.getRight()),
                prefWidth(height));
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}
