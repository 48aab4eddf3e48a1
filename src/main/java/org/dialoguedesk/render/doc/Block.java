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

    /** A paragraph of one style. */
    record Para(Style style, List<Span> spans) implements Block {
        public Para {
            Objects.requireNonNull(style, "style");
            spans = List.copyOf(spans);
        }

        public static Para of(Style style, String text) {
            return new Para(style, List.of(Span.plain(text)));
        }
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

    /** A table: its first {@code headerRows} rows are headings, repeated on each page it spans. */
    record Table(List<List<List<Span>>> rows, int headerRows) implements Block {
        public Table {
            rows = rows.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
        }

        public int columns() {
            return rows.stream().mapToInt(List::size).max().orElse(0);
        }

        /**
         * How wide each column should be relative to the others, in characters: as long as its longest
         * text up to 30 (a long note wraps rather than taking the page), and never narrower than its
         * longest word and the cell's padding (a year or a figure is never broken).
         */
        public float[] relativeWidths() {
            float[] widths = new float[Math.max(1, columns())];
            Arrays.fill(widths, 4);
            for (List<List<Span>> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    String text = row.get(c).stream().map(Span::text).reduce("", String::concat);
                    // \s leaves no-break spaces alone: "142 500" is one word
                    int longestWord = Arrays.stream(text.split("\\s+")).mapToInt(String::length).max()
                            .orElse(0);
                    widths[c] = Math.max(widths[c], Math.max(longestWord + 6, Math.min(30, text.length())));
                }
            }
            return widths;
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
        BODY, TITLE, SUBTITLE, COVER, NOTE, MARK, QUOTE, CODE
    }
}
