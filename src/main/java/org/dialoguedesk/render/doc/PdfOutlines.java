package org.dialoguedesk.render.doc;

import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The PDF's outline (its bookmarks), nested as the headings are, and the named destinations the
 * table of contents links to; it also keeps the page each heading is on.
 */
final class PdfOutlines {

    private final Map<String, Integer> pages = new HashMap<>();
    private final Deque<PdfOutline> open = new ArrayDeque<>();
    private final Deque<Integer> levels = new ArrayDeque<>();

    /** Marks a heading about to be laid out on the current page, its top at {@code top}. */
    void add(Block.Heading heading, PdfWriter writer, float top) {
        pages.putIfAbsent(heading.anchor(), writer.getPageNumber());
        writer.getDirectContent().localDestination(heading.anchor(), new PdfDestination(PdfDestination.FITH, top));
        while (!levels.isEmpty() && levels.peek() >= heading.level()) {
            levels.pop();
            open.pop();
        }
        PdfOutline parent = open.isEmpty() ? writer.getRootOutline() : open.peek();
        PdfOutline entry = new PdfOutline(parent, new PdfDestination(PdfDestination.FITH, top), heading.numbered(),
                heading.level() == 1);
        open.push(entry);
        levels.push(heading.level());
    }

    Map<String, Integer> pages() {
        return pages;
    }
}
