package org.dialoguedesk.render.doc;

import java.util.List;
import java.util.Objects;

/**
 * One badge or table tent card: its lines from top to bottom (a name in Latin letters, the same name
 * in Arabic script when it is known, the delegation…) and, on a badge, a coloured band with a label
 * (the participant's role). The texts come from the caller; {@link PdfCardSheetWriter} prints them,
 * each line as large as its width allows up to its size.
 */
public record Card(List<Line> lines, Band band) {

    public Card {
        lines = List.copyOf(lines);
    }

    /** A card without a band (a tent card, a badge of a role without colour). */
    public static Card of(List<Line> lines) {
        return new Card(lines, null);
    }

    public boolean hasBand() {
        return band != null && !band.text().isEmpty();
    }

    /**
     * A line of text at its preferred size in points, never set smaller than {@code minSize} unless it
     * cannot fit even on two rows (and then reported, see {@link CardProblem}).
     */
    public record Line(String text, float size, float minSize, boolean bold) {
        public Line {
            text = text == null ? "" : text.strip();
            if (size <= 0 || minSize <= 0 || minSize > size) {
                throw new IllegalArgumentException("A card line of " + size + " pt cannot have a minimum of " + minSize);
            }
        }

        /** A line that may shrink to half its size, but not below 7 points, before it wraps. */
        public static Line of(String text, float size, boolean bold) {
            return new Line(text, size, Math.min(size, Math.max(7, size / 2)), bold);
        }
    }

    /** The band along a badge's foot: its label, printed in white, and its colour as 0xRRGGBB. */
    public record Band(String text, int rgb) {
        public Band {
            text = text == null ? "" : text.strip();
            Objects.checkIndex(rgb, 0x1000000);
        }
    }
}
