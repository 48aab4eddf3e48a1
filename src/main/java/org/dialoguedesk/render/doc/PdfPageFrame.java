package org.dialoguedesk.render.doc;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * What every page carries besides its text: the header
 * (the document's line, and its mark such as RESTRICTED, opposite) and the footer ("Page 3 of 41")
 * on every page after the cover.
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
        ColumnText.showTextAligned(canvas, start, text.phrase(info.header(), 8, Span.Ink.PLAIN, PdfText.MUTED),
                text.rightToLeft() ? right : left, top, 0, text.runDirection(), 0);
        if (!info.mark().isEmpty()) {
            ColumnText.showTextAligned(canvas, end, text.phrase(info.mark(), 8.5f, Span.Ink.BOLD, PdfText.MARK),
                    text.rightToLeft() ? left : right, top, 0, text.runDirection(), 0);
        }
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
