package org.dialoguedesk.render.doc;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A4 portrait with 2 cm margins, right-to-left for Arabic; the title in the header and "Page X of Y"
 * in the footer, the numbers being PAGE and NUMPAGES fields that the reader fills in.
 */
public final class DocxPage {

    public static final int WIDTH = 11906;
    public static final int HEIGHT = 16838;
    public static final int MARGIN = 1134;
    /** What lies between the margins, in twentieths of a point: the width tables are laid out in. */
    public static final int TEXT_WIDTH = WIDTH - 2 * MARGIN;

    private static final String PAGE = "\u0001";
    private static final String PAGES = "\u0002";

    private DocxPage() {
    }

    public static void setUp(XWPFDocument doc, DocxText text, String pageOf, String headerText) {
        CTBody body = doc.getDocument().getBody();
        CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(WIDTH));
        size.setH(BigInteger.valueOf(HEIGHT));
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN + 284));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        margins.setGutter(BigInteger.ZERO);
        if (text.rightToLeft()) {
            sect.addNewBidi();
        }
        XWPFParagraph header = text.styled(doc.createHeader(HeaderFooterType.DEFAULT).createParagraph(),
                DocxStyles.HEADER);
        text.run(header, headerText, DocxText.Ink.MUTED);
        footer(text, pageOf, text.styled(doc.createFooter(HeaderFooterType.DEFAULT).createParagraph(),
                DocxStyles.FOOTER));
    }

    /**
     * Leaves the first page without header and footer (a letter's first page has its letterhead
     * instead); the pages after keep them.
     */
    public static void bareFirstPage(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        if (!sect.isSetTitlePg()) {
            sect.addNewTitlePg();
        }
        doc.createHeader(HeaderFooterType.FIRST).createParagraph();
        doc.createFooter(HeaderFooterType.FIRST).createParagraph();
    }

    /** The localized "Page {0} of {1}", its placeholders replaced by fields wherever the language puts them. */
    private static void footer(DocxText text, String pageOf, XWPFParagraph p) {
        String pattern = pageOf.replace("{0}", PAGE).replace("{1}", PAGES);
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            String c = pattern.substring(i, i + 1);
            if (c.equals(PAGE) || c.equals(PAGES)) {
                flush(text, p, plain);
                DocxFields.field(text, p, c.equals(PAGE) ? "PAGE" : "NUMPAGES", "1");
            } else {
                plain.append(c);
            }
        }
        flush(text, p, plain);
    }

    private static void flush(DocxText text, XWPFParagraph p, StringBuilder plain) {
        if (!plain.isEmpty()) {
            text.run(p, plain.toString());
            plain.setLength(0);
        }
    }
}
