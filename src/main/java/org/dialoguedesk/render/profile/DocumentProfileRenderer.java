package org.dialoguedesk.render.profile;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.dialoguedesk.profile.ProfileExport;
import org.dialoguedesk.profile.ProfileRenderer;
import org.dialoguedesk.render.doc.Doc;
import org.dialoguedesk.render.doc.DocxDocWriter;
import org.dialoguedesk.render.doc.PdfDocWriter;

/**
 * Profiles as PDF and Word through the document toolkit; the Word file's contents show the PDF's pages.
 * A batch renders an export as PDF, then as Word: the document and its pages are kept from one to the
 * other rather than laid out again. Each thread keeps its own, so a batch renders on several at once.
 */
public final class DocumentProfileRenderer implements ProfileRenderer {

    private final PdfDocWriter pdf = new PdfDocWriter();
    private final DocxDocWriter docx = new DocxDocWriter();
    private final ThreadLocal<Laid> last = new ThreadLocal<>();

    /** An export laid out: its document, and its pages once a PDF pass has found them. */
    private record Laid(ProfileExport export, Doc doc, Map<String, Integer> pages) {
    }

    @Override
    public void render(ProfileExport export, Format format, OutputStream out) throws IOException {
        Laid kept = last.get();
        boolean same = kept != null && kept.export() == export;
        Doc doc = same ? kept.doc() : ProfileDocuments.of(export);
        Map<String, Integer> pages = same ? kept.pages() : null;
        if (format == Format.PDF) {
            pages = pdf.write(doc, out);
        } else {
            if (pages == null) {
                pages = pdf.pages(doc);
            }
            docx.write(doc, pages, out);
        }
        last.set(new Laid(export, doc, pages));
    }
}
