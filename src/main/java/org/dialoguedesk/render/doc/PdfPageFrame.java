package org.dialoguedesk.render.doc;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * What every page carries besides its text: the header
 * (the document's line, and its mark such as RESTRICTED, opposite) and the footer ("Page 3 of 41")
 * on every page after the first: a report's cover, a letter's letterhead.
 */
final class PdfPageFrame extends PdfPageEventHelper {

    private final DocInfo info;
    private final PdfText text;
    private final int pages;

    /** {@code pages} is the page count found by the first pass (0 in the first pass itself). */
    PdfPageFrame(DocInfo info, PdfText text, int pages) {
        this.info = info;
        this.text = text;
        this.pages = pages;
    }

    /** The header line, shortened with an ellipsis when a long title would run into the mark. */
    private Phrase fitted(String line, float room) {
        Phrase phrase = text.phrase(line, 8, Span.Ink.PLAIN, PdfText.MUTED);
        String shown = line;
        while (shown.length() > 1 && ColumnText.getWidth(phrase, text.runDirection(), 0) > room) {
            shown = shown.substring(0, shown.length() - 2).stripTrailing();
            phrase = text.phrase(shown + "\u2026", 8, Span.Ink.PLAIN, PdfText.MUTED);
        }
        return phrase;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
        if (page == 1) {
            return;
        }
        PdfContentByte canvas = writer.getDirectContent();
        float left = document.left();
        float right = document.right();
        float top = document.top() + 26;
        int start = text.rightToLeft() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
        int end = text.rightToLeft() ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT;
        float room = right - left;
        if (!info.mark().isEmpty()) {
            Phrase mark = text.phrase(info.mark(), 8.5f, Span.Ink.BOLD, PdfText.MARK);
            ColumnText.showTextAligned(canvas, end, mark, text.rightToLeft() ? left : right, top, 0,
                    text.runDirection(), 0);
            room -= ColumnText.getWidth(mark, text.runDirection(), 0) + 18;
        }
        ColumnText.showTextAligned(canvas, start, fitted(info.header(), room), text.rightToLeft() ? right : left, top,
                0, text.runDirection(), 0);
        canvas.saveState();
        canvas.setColorStroke(PdfText.MUTED);
        canvas.setLineWidth(0.4f);
        canvas.moveTo(left, top - 6);
        canvas.lineTo(right, top - 6);
        canvas.stroke();
        canvas.restoreState();
        String footer = info.page(page, Math.max(page, pages));
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, text.phrase(footer, 8, Span.Ink.PLAIN, PdfText.MUTED),
                (left + right) / 2, document.bottom() - 24, 0, text.runDirection(), 0);
    }
}
