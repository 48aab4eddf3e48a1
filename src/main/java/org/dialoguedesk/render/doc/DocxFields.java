package org.dialoguedesk.render.doc;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Word fields (PAGE, NUMPAGES, PAGEREF, TOC): complex fields written as begin, instruction,
 * separator, the result to show until the reader updates it, and end. A field may span paragraphs:
 * {@link #begin} in the first, {@link #end} in the last.
 */
final class DocxFields {

    private DocxFields() {
    }

    /** A whole field in one paragraph, showing {@code result} until it is updated. */
    static void field(DocxText text, XWPFParagraph p, String instruction, String result) {
        begin(text, p, instruction);
        text.bare(p, DocxText.Ink.PLAIN).setText(result);
        end(text, p);
    }

    /** Begins a field and its result: what follows, up to {@link #end}, is what it shows. */
    static void begin(DocxText text, XWPFParagraph p, String instruction) {
        text.bare(p, DocxText.Ink.PLAIN).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText code = text.bare(p, DocxText.Ink.PLAIN).getCTR().addNewInstrText();
        code.setStringValue(" " + instruction + " ");
        code.setSpace(SpaceAttribute.Space.PRESERVE);
        text.bare(p, DocxText.Ink.PLAIN).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    static void end(DocxText text, XWPFParagraph p) {
        text.bare(p, DocxText.Ink.PLAIN).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
