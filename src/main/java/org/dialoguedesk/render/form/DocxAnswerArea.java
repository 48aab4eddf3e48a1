package org.dialoguedesk.render.form;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.questionnaire.Choice;
import org.dialoguedesk.questionnaire.Question;
import org.dialoguedesk.render.doc.DocxPage;
import org.dialoguedesk.render.doc.DocxStyles;
import org.dialoguedesk.render.doc.DocxTables;
import org.dialoguedesk.render.doc.DocxText.Ink;
import org.dialoguedesk.render.doc.DocxText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/**
 * Where a question is answered on paper: ruled lines in a box for text, a small box with the
 * expected format beside it for numbers, years and dates, ☐ boxes for yes/no and choices, and for a
 * table question a bordered grid of its row labels × column labels with empty cells.
 */
final class DocxAnswerArea {

    private static final int NUMBER_BOX = 2600;
    private static final int MAX_ROWS_KEPT_TOGETHER = 15;
    private static final int MAX_FIGURE_COLUMN = 1800;

    private final XWPFDocument doc;
    private final DocxText text;
    private final Messages messages;

    DocxAnswerArea(XWPFDocument doc, DocxText text, Messages messages) {
        this.doc = doc;
        this.text = text;
        this.messages = messages;
    }

    void write(Question q) {
        switch (q.type()) {
            case SHORT_TEXT -> lines(1);
            case URL_SOURCE -> lines(2);
            case LONG_TEXT -> lines(6);
            case INTEGER -> box(messages.get("questionnaire.print.format.integer"), q.unit());
            case DECIMAL -> box(messages.get("questionnaire.print.format.decimal"), q.unit());
            case YEAR -> box(messages.get("questionnaire.print.format.year"), "");
            case DATE -> box(messages.get("questionnaire.print.format.date"), "");
            case YES_NO -> yesNo();
            case SINGLE_CHOICE -> choices(q.choices(), "questionnaire.print.hint.single");
            case MULTIPLE_CHOICE -> choices(q.choices(), "questionnaire.print.hint.multiple");
            case TABLE -> table(q);
        }
    }

    /** A box of ruled lines, one table row per line, as wide as the text. */
    private void lines(int count) {
        XWPFTable table = DocxTables.create(doc, text, count, DocxPage.TEXT_WIDTH);
        table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, DocxStyles.LINE_COLOR);
        table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, DocxStyles.LINE_COLOR);
        table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, DocxStyles.LINE_COLOR);
        table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, DocxStyles.LINE_COLOR);
        table.setInsideHBorder(XWPFBorderType.DOTTED, 4, 0, DocxStyles.LINE_COLOR);
        DocxTables.rowHeight(table, 0, DocxTables.WRITING_ROW);
        DocxTables.keepTogether(table);
    }

    /** A box to write a figure in, and beside it the format expected (and the unit, if any). */
    private void box(String format, String unit) {
        XWPFTable table = DocxTables.create(doc, text, 1, NUMBER_BOX, DocxPage.TEXT_WIDTH - NUMBER_BOX);
        DocxTables.rowHeight(table, 0, DocxTables.WRITING_ROW);
        DocxTables.keepTogether(table);
        XWPFTableCell box = table.getRow(0).getCell(0);
        CTTcBorders borders = box.getCTTc().getTcPr().addNewTcBorders();
        for (var border : List.of(borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(),
                borders.addNewRight())) {
            border.setVal(STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(4));
            border.setColor(DocxStyles.LINE_COLOR);
        }
        XWPFTableCell hint = table.getRow(0).getCell(1);
        hint.setVerticalAlignment(XWPFVertAlign.CENTER);
        XWPFParagraph p = text.first(hint, DocxStyles.MUTED);
        text.run(p, unit.isEmpty() ? format : messages.get("questionnaire.print.formatUnit", format, unit),
                Ink.MUTED);
    }

    private void yesNo() {
        XWPFParagraph p = answerParagraph();
        p.setKeepNext(true);
        option(p, messages.get("questionnaire.form.yes"));
        text.run(p, "\u2003\u2003");
        option(p, messages.get("questionnaire.form.no"));
    }

    private void choices(List<Choice> choices, String hintKey) {
        XWPFParagraph hint = text.styled(doc.createParagraph(), DocxStyles.MUTED);
        hint.setKeepNext(true);
        text.run(hint, messages.get(hintKey), Ink.MUTED);
        for (Choice choice : choices) {
            XWPFParagraph p = answerParagraph();
            p.setKeepNext(true);
            option(p, label(choice.label()));
        }
    }

    private void table(Question q) {
        XWPFParagraph hint = text.styled(doc.createParagraph(), DocxStyles.MUTED);
        hint.setKeepNext(true);
        text.run(hint, messages.get("questionnaire.form.hint.table"), Ink.MUTED);
        int columns = q.columns().size();
        XWPFTable table = DocxTables.create(doc, text, q.rows().size() + 1, tableWidths(columns));
        DocxTables.grid(table);
        table.getRow(0).setRepeatHeader(true);
        for (int c = 0; c < columns; c++) {
            XWPFTableCell cell = table.getRow(0).getCell(c + 1);
            cell.setColor(DocxStyles.SHADE_COLOR);
            XWPFParagraph p = text.first(cell, DocxStyles.TABLE_TEXT);
            p.setAlignment(ParagraphAlignment.CENTER);
            text.run(p, label(q.columns().get(c).label()), Ink.STRONG);
        }
        table.getRow(0).getCell(0).setColor(DocxStyles.SHADE_COLOR);
        for (int r = 0; r < q.rows().size(); r++) {
            XWPFTableCell cell = table.getRow(r + 1).getCell(0);
            cell.setVerticalAlignment(XWPFVertAlign.CENTER);
            text.run(text.first(cell, DocxStyles.TABLE_TEXT), label(q.rows().get(r).label()));
        }
        DocxTables.rowHeight(table, 1, DocxTables.WRITING_ROW);
        if (table.getNumberOfRows() <= MAX_ROWS_KEPT_TOGETHER) {
            DocxTables.keepTogether(table);
        }
    }

    /**
     * The row label column takes about a third of the width (a quarter when there are many columns),
     * the figure columns share the rest equally but are never wider than a figure needs; what is left
     * goes to the label column.
     */
    static int[] tableWidths(int columns) {
        int label = DocxPage.TEXT_WIDTH * (columns > 6 ? 25 : 32) / 100;
        int each = Math.min(MAX_FIGURE_COLUMN, (DocxPage.TEXT_WIDTH - label) / Math.max(1, columns));
        int[] widths = new int[columns + 1];
        widths[0] = DocxPage.TEXT_WIDTH - each * columns;
        for (int c = 1; c <= columns; c++) {
            widths[c] = each;
        }
        return widths;
    }

    /**
     * A paragraph of ☐ options, indented on the side the text starts from: in a right-to-left
     * paragraph {@code w:ind/@w:left} is that side too (the right), so one setting serves both.
     */
    private XWPFParagraph answerParagraph() {
        XWPFParagraph p = text.styled(doc.createParagraph(), DocxStyles.NORMAL);
        p.setIndentationLeft(360);
        p.setSpacingAfter(40);
        return p;
    }

    private void option(XWPFParagraph p, String label) {
        text.run(p, DocxText.BOX, Ink.BOX);
        text.run(p, "\u00A0" + label);
    }

    private String label(Localized l) {
        return l.in(text.lang());
    }
}
