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
 * other rather than laid out again.
 */
public final class DocumentProfileRenderer implements ProfileRenderer {

    private final PdfDocWriter pdf = new PdfDocWriter();
    private final DocxDocWriter docx = new DocxDocWriter();
    private ProfileExport lastExport;
    private Doc lastDoc;
    private Map<String, Integer> lastPages;

    @Override
    public synchronized void render(ProfileExport export, Format format, OutputStream out) throws IOException {
        Doc doc = export == lastExport ? lastDoc : ProfileDocuments.of(export);
        Map<String, Integer> pages = export == lastExport ? lastPages : null;
        if (format == Format.PDF) {
            pages = pdf.write(doc, out);
        } else {
            if (pages == null) {
                pages = pdf.pages(doc);
            }
            docx.write(doc, pages, out);
        }
        lastExport = export;
        lastDoc = doc;
        lastPages = pages;
    }
}
