package org.dialoguedesk.render.doc;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.dialoguedesk.common.Lang;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;

/**
 * The paragraph styles of a printable questionnaire. A blank POI document has none, and readers
 * only see headings (navigator, table of contents, pandoc) when {@code Heading1}/{@code Heading2}
 * exist with the built-in names and outline levels. Fonts and languages are set once in the document
 * defaults: Arial for Latin text and a Naskh face for Arabic ({@link DocxFontTable} names Arial as
 * its fallback), Arabic as the complex-script language, complex-script sizes one point larger than
 * Latin ones because Naskh reads small.
 */
public final class DocxStyles {

    public static final String NORMAL = "Normal";
    public static final String TITLE = "Title";
    public static final String SUBTITLE = "Subtitle";
    public static final String HEADING1 = "Heading1";
    public static final String HEADING2 = "Heading2";
    public static final String MUTED = "Muted";
    public static final String TABLE_TEXT = "TableText";
    public static final String HEADER = "Header";
    public static final String FOOTER = "Footer";
    public static final String HEADING3 = "Heading3";
    public static final String QUOTE = "Quote";
    public static final String MARK = "Mark";
    public static final String TOC1 = "TOC1";
    public static final String TOC2 = "TOC2";
    public static final String LETTERHEAD = "Letterhead";

    public static final String LATIN_FONT = "Arial";
    public static final String ARABIC_FONT = "Noto Naskh Arabic";
    public static final String MUTED_COLOR = "5F6B7A";
    public static final String ACCENT_COLOR = "1F4E79";
    public static final String LINE_COLOR = "8C96A3";
    public static final String SHADE_COLOR = "E8EEF4";
    public static final String LINK_COLOR = "1F5FA8";
    public static final String MARK_COLOR = "B01E1E";

    private DocxStyles() {
    }

    public static void define(XWPFDocument doc, Lang lang) {
        CTStyles styles = CTStyles.Factory.newInstance();
        defaults(styles, lang);
        CTStyle normal = style(styles, NORMAL, "Normal", null, lang);
        normal.setDefault(true);
        CTStyle title = style(styles, TITLE, "Title", NORMAL, lang);
        keepNext(title);
        spacing(title.getPPr(), 0, 120);
        font(title, true, 36, ACCENT_COLOR);
        CTStyle subtitle = style(styles, SUBTITLE, "Subtitle", NORMAL, lang);
        spacing(subtitle.getPPr(), 0, 240);
        font(subtitle, false, 24, MUTED_COLOR);
        heading(styles, HEADING1, "heading 1", 0, lang, 30, 360);
        heading(styles, HEADING2, "heading 2", 1, lang, 22, 240);
        heading(styles, HEADING3, "heading 3", 2, lang, 20, 200);
        CTStyle quote = style(styles, QUOTE, "Quote", NORMAL, lang);
        quote.getPPr().addNewInd().setLeft(BigInteger.valueOf(567));
        font(quote, false, 20, MUTED_COLOR);
        CTStyle mark = style(styles, MARK, "Mark", NORMAL, lang);
        font(mark, true, 26, MARK_COLOR);
        CTStyle letterhead = style(styles, LETTERHEAD, "Letterhead", NORMAL, lang);
        spacing(letterhead.getPPr(), 0, 360);
        rule(letterhead, 8, 4);
        font(letterhead, true, 26, ACCENT_COLOR);
        contentsEntry(styles, TOC1, "toc 1", 0, true, lang);
        contentsEntry(styles, TOC2, "toc 2", 1, false, lang);
        CTStyle muted = style(styles, MUTED, "Muted", NORMAL, lang);
        spacing(muted.getPPr(), 0, 40);
        font(muted, false, 19, MUTED_COLOR);
        CTStyle table = style(styles, TABLE_TEXT, "Table Text", NORMAL, lang);
        spacing(table.getPPr(), 20, 20);
        CTStyle header = style(styles, HEADER, "header", NORMAL, lang);
        font(header, false, 16, MUTED_COLOR);
        CTStyle footer = style(styles, FOOTER, "footer", NORMAL, lang);
        footer.getPPr().addNewJc().setVal(STJc.CENTER);
        font(footer, false, 16, MUTED_COLOR);
        doc.createStyles().setStyles(styles);
    }

    private static void defaults(CTStyles styles, Lang lang) {
        var docDefaults = styles.addNewDocDefaults();
        CTRPr rpr = docDefaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setEastAsia(LATIN_FONT);
        fonts.setCs(ARABIC_FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(20));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(22));
        var language = rpr.addNewLang();
        language.setVal(switch (lang) {
            case EN -> "en-GB";
            case FR -> "fr-FR";
            case AR -> "ar-SA";
        });
        language.setBidi("ar-SA");
        spacing(docDefaults.addNewPPrDefault().addNewPPr(), 0, 100);
    }

    private static CTStyle style(CTStyles styles, String id, String name, String basedOn, Lang lang) {
        CTStyle s = styles.addNewStyle();
        s.setType(STStyleType.PARAGRAPH);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewNext().setVal(NORMAL);
        }
        s.addNewQFormat();
        CTPPrGeneral ppr = s.addNewPPr();
        if (lang.isRightToLeft()) {
            ppr.addNewBidi();
        }
        return s;
    }

    private static void heading(CTStyles styles, String id, String name, int level, Lang lang, int halfPoints,
                                int before) {
        CTStyle h = style(styles, id, name, NORMAL, lang);
        keepNext(h);
        h.getPPr().addNewKeepLines();
        spacing(h.getPPr(), before, 80);
        h.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        if (level == 0) {
            rule(h, 6, 2);
        }
        font(h, true, halfPoints, level == 0 ? ACCENT_COLOR : null);
    }

    /** A line of the table of contents: indented by level, the page number at a dotted right tab. */
    private static void contentsEntry(CTStyles styles, String id, String name, int level, boolean bold, Lang lang) {
        CTStyle s = style(styles, id, name, NORMAL, lang);
        spacing(s.getPPr(), level == 0 ? 80 : 0, 20);
        s.getPPr().addNewInd().setLeft(BigInteger.valueOf(level * 284L));
        var tab = s.getPPr().addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setLeader(STTabTlc.DOT);
        tab.setPos(BigInteger.valueOf(DocxPage.TEXT_WIDTH));
        font(s, bold, 20, null);
    }

    /** A line in the accent colour under the paragraph, {@code eighths} of a point thick. */
    private static void rule(CTStyle s, int eighths, int space) {
        var bottom = s.getPPr().addNewPBdr().addNewBottom();
        bottom.setVal(STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(eighths));
        bottom.setSpace(BigInteger.valueOf(space));
        bottom.setColor(ACCENT_COLOR);
    }

    private static void keepNext(CTStyle s) {
        s.getPPr().addNewKeepNext();
    }

    private static void spacing(CTPPrBase ppr, int before, int after) {
        CTSpacing spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        spacing.setLine(BigInteger.valueOf(264));
        spacing.setLineRule(STLineSpacingRule.AUTO);
    }

    /** b, bCs, color, sz, szCs in the order of CT_RPr; the complex-script size one point larger. */
    private static void font(CTStyle s, boolean bold, int halfPoints, String color) {
        CTRPr rpr = s.addNewRPr();
        if (bold) {
            rpr.addNewB();
            rpr.addNewBCs();
        }
        if (color != null) {
            rpr.addNewColor().setVal(color);
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints + 2));
    }
}
