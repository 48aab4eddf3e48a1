package org.dialoguedesk.render.doc;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** One block of a document, in reading order. */
public sealed interface Block {

    /**
     * A heading of level 1–3, with its number ("2.1", or "" for none) and the anchor that the table of
     * contents and the PDF outline point to.
     */
    record Heading(int level, String number, String text, String anchor) implements Block {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("Heading level " + level + " is not 1-3");
            }
            number = number == null ? "" : number;
            text = text == null ? "" : text;
            Objects.requireNonNull(anchor, "anchor");
        }

        /** "2.1 Asylum", or the text alone when the heading has no number. */
        public String numbered() {
            return number.isEmpty() ? text : number + " " + text;
        }
    }

    /**
     * A paragraph of one style, set to one side. A line break ({@code \n}) in a span breaks the line
     * without starting a new paragraph: an address, a signature.
     */
    record Para(Style style, List<Span> spans, Align align) implements Block {
        public Para {
            Objects.requireNonNull(style, "style");
            spans = List.copyOf(spans);
            align = align == null ? Align.NATURAL : align;
        }

        /** A paragraph aligned as its style is ({@link Align#NATURAL}). */
        public Para(Style style, List<Span> spans) {
            this(style, spans, Align.NATURAL);
        }

        public static Para of(Style style, String text) {
            return new Para(style, List.of(Span.plain(text)));
        }

        /** The same paragraph set to another side: a letter's date line goes to the end. */
        public Para aligned(Align side) {
            return new Para(style, spans, side);
        }
    }

    /**
     * Where a paragraph's lines go, named by the text's direction rather than the page's sides: END is
     * the right in English and the left in Arabic. NATURAL is the style's own: body text justified,
     * the rest at the start.
     */
    enum Align {
        NATURAL, START, CENTER, END
    }

    /** A bulleted or numbered list; each item holds blocks (paragraphs, nested lists). */
    record Items(boolean ordered, List<List<Block>> items) implements Block {
        public Items {
            items = items.stream().map(List::copyOf).toList();
        }

        /** What starts the item numbered {@code n} (from 1) at a nesting depth: "3. ", "• " or "– ". */
        public String marker(int n, int depth) {
            return ordered ? n + ". " : depth == 0 ? "\u2022 " : "\u2013 ";
        }
    }

    /**
     * A table: its first {@code headerRows} rows are headings, repeated on each page it spans. The
     * other rows are at least {@code minRowHeight} points tall (0: as tall as their text), so an
     * attendance sheet leaves room to sign; {@code widths}, when given (one a column), say how wide each
     * column is relative to the others, as an empty column to sign in cannot be measured by its text.
     */
    record Table(List<List<List<Span>>> rows, int headerRows, float minRowHeight, List<Float> widths)
            implements Block {
        public Table {
            rows = rows.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
            if (minRowHeight < 0) {
                throw new IllegalArgumentException("A row cannot be " + minRowHeight + " points tall");
            }
            widths = List.copyOf(widths);
        }

        /** A table whose rows are as tall as their text and whose columns as wide as it. */
        public Table(List<List<List<Span>>> rows, int headerRows) {
            this(rows, headerRows, 0, List.of());
        }

        public int columns() {
            return rows.stream().mapToInt(List::size).max().orElse(0);
        }

        /**
         * How wide each column should be relative to the others: as given, or else in characters: as
         * long as its longest text up to 30 (a long note wraps rather than taking the page), and never
         * narrower than its longest word and the cell's padding (a year or a figure is never broken).
         */
        public float[] relativeWidths() {
            if (widths.size() == columns() && columns() > 0) {
                float[] given = new float[columns()];
                for (int c = 0; c < given.length; c++) {
                    given[c] = widths.get(c);
                }
                return given;
            }
            float[] measured = new float[Math.max(1, columns())];
            Arrays.fill(measured, 4);
            for (List<List<Span>> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    String text = row.get(c).stream().map(Span::text).reduce("", String::concat);
                    // \s leaves no-break spaces alone: "142 500" is one word
                    int longestWord = Arrays.stream(text.split("\\s+")).mapToInt(String::length).max()
                            .orElse(0);
                    measured[c] = Math.max(measured[c], Math.max(longestWord + 6, Math.min(30, text.length())));
                }
            }
            return measured;
        }
    }

    /** A chart drawn from figures. */
    record Chart(ChartSpec spec) implements Block {
        public Chart {
            Objects.requireNonNull(spec, "spec");
        }
    }

    /** The table of contents: every heading with its page. */
    record Contents() implements Block {
    }

    /** What follows starts on a new page. */
    record PageBreak() implements Block {
    }

    /** How a paragraph looks. */
    enum Style {
        BODY, TITLE, SUBTITLE, COVER, NOTE, MARK, QUOTE, CODE,
        /** The sender's name at the top of a letter, over a rule. */
        LETTERHEAD
    }
}
