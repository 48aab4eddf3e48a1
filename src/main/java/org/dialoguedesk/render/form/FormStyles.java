package org.dialoguedesk.render.form;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dialoguedesk.common.Lang;

/**
 * The cell styles of a fillable form. Every style is locked except the answer and note styles, so
 * sheet protection leaves exactly the answer cells open. Arabic forms use Arial, which has Arabic
 * glyphs on every office suite; the others Calibri.
 */
final class FormStyles {

    static final String ARABIC_FONT = "Arial";
    static final String LATIN_FONT = "Calibri";

    final CellStyle plain;
    final CellStyle plainWrap;
    final CellStyle option;
    final CellStyle title;
    final CellStyle header;
    final CellStyle label;
    final CellStyle muted;
    final CellStyle code;
    final CellStyle answerText;
    final CellStyle answerLongText;
    final CellStyle answerInteger;
    final CellStyle answerDecimal;
    final CellStyle answerYear;
    final CellStyle answerDate;
    final CellStyle note;
    final CellStyle prefilledMark;

    private final XSSFWorkbook wb;
    private final String fontName;
    private final java.util.Map<CellStyle, CellStyle> prefilled = new java.util.HashMap<>();

    FormStyles(XSSFWorkbook wb, Lang lang) {
        this.wb = wb;
        this.fontName = lang.isRightToLeft() ? ARABIC_FONT : LATIN_FONT;
        wb.getFontAt(0).setFontName(fontName);
        plain = style(font(false, false, 11, null), true, false);
        plainWrap = style(font(false, false, 11, null), true, true);
        option = style(font(false, false, 11, null), true, true);
        option.setIndention((short) 2);
        title = style(font(true, false, 14, null), true, false);
        header = style(font(true, false, 11, null), true, true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        label = style(font(true, false, 11, null), true, true);
        muted = style(font(false, true, 10, IndexedColors.GREY_50_PERCENT), true, true);
        code = style(font(false, false, 9, IndexedColors.GREY_50_PERCENT), true, false);
        answerText = answer("@", false);
        answerLongText = answer("@", true);
        answerInteger = answer("#,##0", false);
        answerDecimal = answer("#,##0.##", false);
        answerYear = answer("0", false);
        answerDate = answer("yyyy-mm-dd", false);
        note = answer("@", true);
        note.setFillForegroundColor(IndexedColors.LEMON_CHIFFON.getIndex());
        prefilledMark = style(font(false, true, 10, IndexedColors.BROWN), true, true);
    }

    /** The same answer style on a tan fill: the cell holds last round's accepted answer, to confirm or update. */
    CellStyle prefilled(CellStyle base) {
        return prefilled.computeIfAbsent(base, b -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(b);
            s.setFillForegroundColor(IndexedColors.TAN.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return s;
        });
    }

    private XSSFFont font(boolean bold, boolean italic, int points, IndexedColors color) {
        XSSFFont f = wb.createFont();
        f.setFontName(fontName);
        f.setBold(bold);
        f.setItalic(italic);
        f.setFontHeightInPoints((short) points);
        if (color != null) {
            f.setColor(color.getIndex());
        }
        return f;
    }

    private CellStyle style(XSSFFont font, boolean locked, boolean wrap) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setLocked(locked);
        s.setWrapText(wrap);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    /** An open cell: unlocked, light fill and thin border so a focal point sees where to type. */
    private CellStyle answer(String format, boolean wrap) {
        CellStyle s = style(font(false, false, 11, null), false, wrap);
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        s.setFillForegroundColor(IndexedColors.LIGHT_TURQUOISE.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }
}
