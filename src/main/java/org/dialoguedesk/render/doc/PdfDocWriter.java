package org.dialoguedesk.render.doc;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * Writes a {@link Doc} as PDF: A4, fonts embedded, Arabic right to left and joined, a clickable table
 * of contents with page numbers, an outline (bookmarks) mirroring the headings, "Page X of Y" footers
 * and the title, author, subject, language and creation date in the metadata.
 *
 * <p>The document is laid out twice: the first pass, thrown away, finds the page of every heading
 * and the page count; the second prints them. The contents take the same room in both passes, so the
 * pages found are the pages printed.
 */
public final class PdfDocWriter {

    /** The page each heading lands on, from a layout that is thrown away: what a Word file's contents show. */
    public Map<String, Integer> pages(Doc doc) {
        return new PdfPass(doc, Map.of(), 0).run(OutputStream.nullOutputStream());
    }

    /** Writes the PDF; returns the page each heading is on. */
    public Map<String, Integer> write(Doc doc, OutputStream out) throws IOException {
        PdfPass first = new PdfPass(doc, Map.of(), 0);
        Map<String, Integer> pages = first.run(OutputStream.nullOutputStream());
        new PdfPass(doc, pages, first.pageCount()).run(out);
        out.flush();
        return pages;
    }
}
