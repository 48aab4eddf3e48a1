package org.dialoguedesk.render.doc;

import java.math.BigInteger;
import java.util.Arrays;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Fixed-layout tables with their grid written out. POI writes no {@code w:tblGrid}, and some
 * readers drop or collapse a table without one; a fixed layout keeps the widths given here instead
 * of letting an empty answer column shrink to nothing. In an Arabic document the table is visually
 * right-to-left ({@code w:bidiVisual}): the first column is on the right.
 */
public final class DocxTables {

    /** An answer row tall enough to write in by hand. */
    public static final int WRITING_ROW = 480;

    private static final int CELL_MARGIN = 100;

    private DocxTables() {
    }

    /** A table of {@code rows} rows whose columns have these widths (twentieths of a point), no borders. */
    public static XWPFTable create(XWPFDocument doc, DocxText text, int rows, int... widths) {
        XWPFTable table = doc.createTable(rows, widths.length);
        CTTblPr pr = table.getCTTbl().getTblPr();
        CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(Arrays.stream(widths).sum()));
        if (text.rightToLeft()) {
            pr.addNewBidiVisual();
        }
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        table.removeBorders();
        table.setCellMargins(40, CELL_MARGIN, 40, CELL_MARGIN);
        // Readers put the first cell's text, not the border, on the margin: indent by the cell margin so
        // the borders line up with the text above and below.
        table.setIndent(CELL_MARGIN);
        for (XWPFTableRow row : table.getRows()) {
            row.setCantSplitRow(true);
            for (int c = 0; c < widths.length; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidthType(TableWidthType.DXA);
                cell.setWidth(String.valueOf(widths[c]));
                text.first(cell, DocxStyles.TABLE_TEXT);
            }
        }
        return table;
    }

    /** Thin borders all round and between every cell. */
    public static void grid(XWPFTable table) {
        table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, DocxStyles.LINE_COLOR);
        table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, DocxStyles.LINE_COLOR);
        table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, DocxStyles.LINE_COLOR);
        table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, DocxStyles.LINE_COLOR);
        table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, DocxStyles.LINE_COLOR);
        table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, DocxStyles.LINE_COLOR);
    }

    /** Rows at least this tall, so there is room to write. */
    public static void rowHeight(XWPFTable table, int from, int twips) {
        for (int r = from; r < table.getNumberOfRows(); r++) {
            table.getRow(r).setHeight(twips);
            table.getRow(r).setHeightRule(TableRowHeightRule.AT_LEAST);
        }
    }

    /**
     * Keeps a short table on one page with the paragraph after it (the question's note line): every
     * paragraph of it keeps with the next.
     */
    public static void keepTogether(XWPFTable table) {
        for (int r = 0; r < table.getNumberOfRows(); r++) {
            for (XWPFTableCell cell : table.getRow(r).getTableCells()) {
                cell.getParagraphs().forEach(p -> p.setKeepNext(true));
            }
        }
    }
}
