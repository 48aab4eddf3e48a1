package org.dialoguedesk.render.doc;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.dialoguedesk.common.Lang;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

/**
 * Paragraphs and runs in the document's language. In an Arabic document every paragraph is
 * right-to-left ({@code w:bidi}) and every run holding Arabic (or only neutral characters) is marked
 * {@code w:rtl}, so Word and LibreOffice order and shape it with the complex-script font and size;
 * a run of Latin letters only (a question code, a web address) stays left-to-right inside the
 * right-to-left paragraph, as Word itself would type it.
 *
 * <p>Run properties are written here, in the order of the schema's sequence: POI's own setters
 * append them in whatever order they are called, which strict readers may reject.
 */
public final class DocxText {

    /** How a run looks. */
    public enum Ink {
        PLAIN, STRONG, MUTED, CODE, BOX, EMPHASIS, STRONG_EMPHASIS, LINK
    }

    /** Shows ☐ with whatever font has the glyph; Word and LibreOffice fall back from here. */
    public static final String SYMBOL_FONT = "Segoe UI Symbol";
    public static final String BOX = "\u2610";

    private final Lang lang;

    public DocxText(Lang lang) {
        this.lang = lang;
    }

    public Lang lang() {
        return lang;
    }

    public boolean rightToLeft() {
        return lang.isRightToLeft();
    }

    /** Gives the paragraph a style and, in an Arabic document, the right-to-left direction. */
    public XWPFParagraph styled(XWPFParagraph p, String styleId) {
        p.setStyle(styleId);
        if (rightToLeft()) {
            CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            if (!ppr.isSetBidi()) {
                ppr.addNewBidi();
            }
        }
        return p;
    }

    /** The first paragraph of a table cell (a new cell has one, empty), styled. */
    public XWPFParagraph first(XWPFTableCell cell, String styleId) {
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        return styled(p, styleId);
    }

    /** A new paragraph at the end of a table cell, styled. */
    public XWPFParagraph next(XWPFTableCell cell, String styleId) {
        return styled(cell.addParagraph(), styleId);
    }

    public XWPFRun run(XWPFParagraph p, String text) {
        return run(p, text, Ink.PLAIN);
    }

    public XWPFRun run(XWPFParagraph p, String text, Ink ink) {
        XWPFRun run = p.createRun();
        format(run.getCTR(), ink, rightToLeft() && !latinOnly(text));
        run.setText(text);
        return run;
    }

    /** A live link to a web address, its text underlined in the link colour. */
    public XWPFRun link(XWPFParagraph p, String text, String url) {
        XWPFHyperlinkRun run = p.createHyperlinkRun(url);
        format(run.getCTR(), Ink.LINK, rightToLeft() && !latinOnly(text));
        run.setText(text);
        return run;
    }

    /** A link to a bookmark inside the document (the contents' entries), in the paragraph's look. */
    void anchorLink(XWPFParagraph p, String bookmark, String text) {
        CTHyperlink link = p.getCTP().addNewHyperlink();
        link.setAnchor(bookmark);
        link.setHistory(true);
        CTR r = link.addNewR();
        format(r, Ink.PLAIN, rightToLeft() && !latinOnly(text));
        CTText t = r.addNewT();
        t.setStringValue(text);
        t.setSpace(SpaceAttribute.Space.PRESERVE);
    }

    /** An empty run carrying the paragraph's formatting, for fields and tabs. */
    public XWPFRun bare(XWPFParagraph p, Ink ink) {
        XWPFRun run = p.createRun();
        format(run.getCTR(), ink, rightToLeft());
        return run;
    }

    /** rFonts, b, bCs, i, color, sz, szCs, u, rtl: the order of CT_RPr. */
    private static void format(CTR r, Ink ink, boolean rtl) {
        CTRPr rpr = r.isSetRPr() ? r.getRPr() : r.addNewRPr();
        if (ink == Ink.BOX) {
            var fonts = rpr.addNewRFonts();
            fonts.setAscii(SYMBOL_FONT);
            fonts.setHAnsi(SYMBOL_FONT);
            fonts.setCs(SYMBOL_FONT);
        }
        if (ink == Ink.STRONG || ink == Ink.STRONG_EMPHASIS) {
            rpr.addNewB();
            rpr.addNewBCs();
        }
        if (ink == Ink.MUTED || ink == Ink.EMPHASIS || ink == Ink.STRONG_EMPHASIS) {
            // Latin italics only: Naskh has no italic, and a slanted Arabic is hard to read.
            rpr.addNewI();
        }
        if (ink == Ink.MUTED || ink == Ink.CODE) {
            rpr.addNewColor().setVal(DocxStyles.MUTED_COLOR);
        }
        if (ink == Ink.LINK) {
            rpr.addNewColor().setVal(DocxStyles.LINK_COLOR);
        }
        if (ink == Ink.CODE) {
            rpr.addNewSz().setVal(BigInteger.valueOf(16));
            rpr.addNewSzCs().setVal(BigInteger.valueOf(16));
        }
        if (ink == Ink.BOX) {
            rpr.addNewSz().setVal(BigInteger.valueOf(26));
            rpr.addNewSzCs().setVal(BigInteger.valueOf(26));
        }
        if (ink == Ink.LINK) {
            rpr.addNewU().setVal(STUnderline.SINGLE);
        }
        if (rtl) {
            rpr.addNewRtl();
        }
    }

    /** True when the text has Latin letters and no Arabic ones: it reads left to right on its own. */
    public static boolean latinOnly(String text) {
        boolean latin = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.ARABIC) {
                return false;
            }
            latin |= script == Character.UnicodeScript.LATIN;
            i += Character.charCount(c);
        }
        return latin;
    }
}
