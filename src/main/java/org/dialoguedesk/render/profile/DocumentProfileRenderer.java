package org.dialoguedesk.render.profile;

import java.io.IOException;
import java.io.OutputStream;
import org.dialoguedesk.profile.ProfileExport;
import org.dialoguedesk.profile.ProfileRenderer;
import org.dialoguedesk.render.doc.Doc;
import org.dialoguedesk.render.doc.DocxDocWriter;
import org.dialoguedesk.render.doc.PdfDocWriter;

/** Profiles as PDF and Word through the document toolkit; the Word file's contents show the PDF's pages. */
public final class DocumentProfileRenderer implements ProfileRenderer {

    private final PdfDocWriter pdf = new PdfDocWriter();
    private final DocxDocWriter docx = new DocxDocWriter();

    @Override
    public void render(ProfileExport export, Format format, OutputStream out) throws IOException {
        Doc doc = ProfileDocuments.of(export);
        if (format == Format.PDF) {
            pdf.write(doc, out);
        } else {
            docx.write(doc, pdf.pages(doc), out);
        }
    }
}
