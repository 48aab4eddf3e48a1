package org.dialoguedesk.render.doc;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.List;

/**
 * Fits a card's line to its width and prints it. A line is measured as it will be printed (each
 * character in the face that has it, Arabic shaped and joined by {@link ColumnText}), then set as
 * large as fits up to its size; below its minimum it wraps at the space that best halves it; when
 * even that does not fit, it is set smaller still, whole, and the fit says so. Printing goes through
 * a ColumnText with the line's own direction, as {@code showTextAligned} does not join Arabic letters.
 */
final class CardLines {

    /** The share of the width text may take, as ColumnText wraps a line measured to the last point. */
    private static final float SLACK = 0.97f;
    private static final float PROBE = 100;

    private CardLines() {
    }

    /** A line fitted: its rows, the size they are set in, and whether that is at least the minimum. */
    record Fit(List<String> rows, float size, boolean readable, float neededAtMin, boolean rightToLeft) {

        /** The height the rows take. */
        float height() {
            return rows.size() * leading(size, rightToLeft);
        }
    }

    static Fit fit(Card.Line line, float width) {
        boolean rtl = hasArabic(line.text());
        float room = width * SLACK;
        float whole = measure(line.text(), line.bold(), rtl);
        float size = Math.min(line.size(), room / whole);
        if (size >= line.minSize() || whole == 0) {
            return new Fit(List.of(line.text()), Math.min(line.size(), whole == 0 ? line.size() : size), true, 0, rtl);
        }
        List<String> rows = List.of(line.text());
        float widest = whole;
        // the split whose longer half is shortest
        for (int i = line.text().indexOf(' '); i > 0; i = line.text().indexOf(' ', i + 1)) {
            String first = line.text().substring(0, i).strip();
            String second = line.text().substring(i + 1).strip();
            float w = Math.max(measure(first, line.bold(), rtl), measure(second, line.bold(), rtl));
            if (w < widest) {
                widest = w;
                rows = List.of(first, second);
            }
        }
        size = Math.min(line.size(), room / widest);
        return new Fit(rows, size, size >= line.minSize(), widest * line.minSize() / SLACK, rtl);
    }

    /** The width of the text at one point, as printed. */
    private static float measure(String text, boolean bold, boolean rtl) {
        Phrase phrase = new PdfText(rtl).phrase(text, PROBE, bold ? Span.Ink.BOLD : Span.Ink.PLAIN, Color.BLACK);
        return ColumnText.getWidth(phrase, new PdfText(rtl).runDirection(), 0) / PROBE;
    }

    /** Prints the fitted rows centred between {@code left} and {@code right}, the first a leading under {@code top}. */
    static void print(PdfContentByte canvas, Fit fit, boolean bold, Color color, float left, float right, float top) {
        PdfText text = new PdfText(fit.rightToLeft());
        float leading = leading(fit.size(), fit.rightToLeft());
        float y = top;
        for (String row : fit.rows()) {
            Phrase phrase = text.phrase(row, fit.size(), bold ? Span.Ink.BOLD : Span.Ink.PLAIN, color);
            ColumnText column = new ColumnText(canvas);
            column.setRunDirection(text.runDirection());
            // the row's letters centred in its leading: ColumnText puts the baseline a leading under the
            // column's top; a little extra width and depth keeps it from wrapping or dropping a row
            // measured to the point
            float baseline = y - (leading + 0.7f * fit.size()) / 2;
            column.setSimpleColumn(phrase, left - 2, baseline - leading, right + 2, baseline + leading, leading,
                    Element.ALIGN_CENTER);
            try {
                column.go();
            } catch (com.lowagie.text.DocumentException e) {
                throw new IllegalStateException("A card line could not be printed: " + e.getMessage(), e);
            }
            y -= leading;
        }
    }

    /** The distance between rows: Naskh's tall letters and marks need more than Latin. */
    static float leading(float size, boolean rightToLeft) {
        return size * (rightToLeft ? 1.55f : 1.2f);
    }

    static boolean hasArabic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }
}
