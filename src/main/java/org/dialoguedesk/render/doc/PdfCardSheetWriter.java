package org.dialoguedesk.render.doc;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints cards as PDF: badges, ten to an A4 sheet (two columns of five, 90 × 55 mm each, the usual
 * size of a badge holder, outlined thinly to cut along), and table tent cards, one to an A4 landscape
 * page folded along its middle, the upper half upside down so both faces read upright once folded.
 *
 * <p>Every line is set as large as its width allows up to its size, wrapped onto two rows only below
 * its minimum ({@link CardLines}). Nothing is cut or shortened: a line that cannot be read even so is
 * printed whole in a smaller size and returned as a {@link CardProblem}.
 */
public final class PdfCardSheetWriter {

    private static final float MM = 72 / 25.4f;
    private static final float BADGE_WIDTH = 90 * MM;
    private static final float BADGE_HEIGHT = 55 * MM;
    private static final int COLUMNS = 2;
    private static final int ROWS = 5;
    private static final float PADDING = 4 * MM;
    private static final float BAND = 11 * MM;
    private static final float TENT_MARGIN = 15 * MM;
    private static final Color CUT = new Color(0xB4, 0xBC, 0xC6);

    /** How many badges one sheet holds. */
    public static int badgesPerSheet() {
        return COLUMNS * ROWS;
    }

    /** Writes the badges, {@link #badgesPerSheet()} to a page; returns the lines too long to read. */
    public List<CardProblem> writeBadges(List<Card> cards, OutputStream out) throws IOException {
        Rectangle page = PageSize.A4;
        float left = (page.getWidth() - COLUMNS * BADGE_WIDTH) / 2;
        float top = page.getHeight() - (page.getHeight() - ROWS * BADGE_HEIGHT) / 2;
        List<CardProblem> problems = new ArrayList<>();
        write(page, out, cards.size(), (canvas, i) -> {
            int place = i % badgesPerSheet();
            float x = left + (place % COLUMNS) * BADGE_WIDTH;
            float y = top - (place / COLUMNS + 1) * BADGE_HEIGHT;
            badge(canvas, i, cards.get(i), x, y, problems);
            return place == badgesPerSheet() - 1;
        });
        return problems;
    }

    /** Writes one folded tent card a page; returns the lines too long to read. */
    public List<CardProblem> writeTentCards(List<Card> cards, OutputStream out) throws IOException {
        // landscape by its size rather than by a /Rotate entry, which some print dialogs turn back
        Rectangle page = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
        float w = page.getWidth();
        float h = page.getHeight();
        List<CardProblem> problems = new ArrayList<>();
        write(page, out, cards.size(), (canvas, i) -> {
            Card card = cards.get(i);
            face(canvas, i, card, 0, 0, w, h / 2, TENT_MARGIN, problems);
            canvas.saveState();
            // the upper face turned half a turn about the page's centre: upright from the other side
            canvas.concatCTM(-1, 0, 0, -1, w, h);
            face(canvas, i, card, 0, 0, w, h / 2, TENT_MARGIN, new ArrayList<>());
            canvas.restoreState();
            fold(canvas, w, h / 2);
            return true;
        });
        return problems;
    }

    /** Draws card {@code i} on the canvas; true when the page is full. */
    private interface Placer {
        boolean place(PdfContentByte canvas, int i);
    }

    private static void write(Rectangle size, OutputStream out, int count, Placer placer) throws IOException {
        Document document = new Document(size, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addCreator("Dialogue Desk");
            document.open();
            for (int i = 0; i < count; i++) {
                boolean full = placer.place(writer.getDirectContent(), i);
                writer.setPageEmpty(false);
                if (full && i < count - 1) {
                    document.newPage();
                }
            }
            if (count == 0) {
                writer.setPageEmpty(false);
            }
        } catch (DocumentException e) {
            throw new IOException("The cards could not be printed: " + e.getMessage(), e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        out.flush();
    }

    private static void badge(PdfContentByte canvas, int index, Card card, float x, float y, List<CardProblem> problems) {
        canvas.saveState();
        canvas.setColorStroke(CUT);
        canvas.setLineWidth(0.3f);
        canvas.rectangle(x, y, BADGE_WIDTH, BADGE_HEIGHT);
        canvas.stroke();
        canvas.restoreState();
        float bottom = y;
        if (card.hasBand()) {
            Color colour = new Color(card.band().rgb());
            canvas.saveState();
            canvas.setColorFill(colour);
            canvas.rectangle(x, y, BADGE_WIDTH, BAND);
            canvas.fill();
            canvas.restoreState();
            Card.Line label = Card.Line.of(card.band().text(), 12, true);
            CardLines.Fit fit = fit(label, BADGE_WIDTH - 2 * PADDING, index, card.lines().size(), problems);
            CardLines.print(canvas, fit, true, onColour(colour), x + PADDING, x + BADGE_WIDTH - PADDING,
                    y + (BAND + fit.height()) / 2);
            bottom = y + BAND;
        }
        face(canvas, index, card, x, bottom, x + BADGE_WIDTH, y + BADGE_HEIGHT, PADDING, problems);
    }

    /** White on a dark band, ink on a light one. */
    private static Color onColour(Color band) {
        double light = 0.299 * band.getRed() + 0.587 * band.getGreen() + 0.114 * band.getBlue();
        return light > 150 ? PdfText.INK : Color.WHITE;
    }

    /**
     * The card's lines, fitted and centred in the box; when together they are taller than the box
     * (many lines, or several wrapped), they are set smaller alike rather than run over its edge.
     */
    private static void face(PdfContentByte canvas, int index, Card card, float left, float bottom, float right,
                             float top, float padding, List<CardProblem> problems) {
        float width = right - left - 2 * padding;
        float room = top - bottom - 2 * padding;
        List<CardLines.Fit> fits = new ArrayList<>();
        for (int l = 0; l < card.lines().size(); l++) {
            fits.add(fit(card.lines().get(l), width, index, l, problems));
        }
        float height = fits.stream().map(CardLines.Fit::height).reduce(0f, Float::sum);
        if (height > room) {
            float scale = room / height;
            fits.replaceAll(f -> new CardLines.Fit(f.rows(), f.size() * scale, f.readable(), f.neededAtMin(),
                    f.rightToLeft()));
            height = room;
        }
        float y = top - padding - (room - height) / 2;
        for (int l = 0; l < fits.size(); l++) {
            CardLines.print(canvas, fits.get(l), card.lines().get(l).bold(), PdfText.INK, left + padding,
                    right - padding, y);
            y -= fits.get(l).height();
        }
    }

    private static CardLines.Fit fit(Card.Line line, float width, int card, int index, List<CardProblem> problems) {
        CardLines.Fit fit = CardLines.fit(line, width);
        if (!fit.readable()) {
            problems.add(new CardProblem(card, index, line.text(), fit.neededAtMin() / MM, width / MM));
        }
        return fit;
    }

    /** A dashed line to fold along. */
    private static void fold(PdfContentByte canvas, float width, float y) {
        canvas.saveState();
        canvas.setColorStroke(CUT);
        canvas.setLineWidth(0.4f);
        canvas.setLineDash(4, 4, 0);
        canvas.moveTo(0, y);
        canvas.lineTo(width, y);
        canvas.stroke();
        canvas.restoreState();
    }
}
