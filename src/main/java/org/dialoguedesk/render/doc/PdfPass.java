package org.dialoguedesk.render.doc;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

/**
 * One layout of a document on A4 pages. The whole body flows through one {@link ColumnText}, the only
 * OpenPDF layout that shapes Arabic and lays lines out right to left; a page that fills up continues
 * on the next. Headings carry a generic tag so the page frame learns their page, and a named
 * destination the contents and outline jump to.
 */
final class PdfPass {

    static final float MARGIN = 56.7f;
    private static final float BODY = 10;
    private static final Color GRID = new Color(0xC8, 0xD0, 0xD8);
    private static final Color SHADE = new Color(0xE8, 0xEE, 0xF4);

    private final Doc doc;
    private final PdfText text;
    private final Map<String, Integer> knownPages;
    private final int knownPageCount;
    private Document document;
    private PdfWriter writer;
    private ColumnText column;
    private PdfPageFrame frame;
    private final PdfOutlines outline = new PdfOutlines();
    private int pageCount;

    /** {@code knownPages} are the heading pages of the first pass; empty in the first pass. */
    PdfPass(Doc doc, Map<String, Integer> knownPages, int knownPageCount) {
        this.doc = doc;
        this.text = new PdfText(doc.info().rightToLeft());
        this.knownPages = knownPages;
        this.knownPageCount = knownPageCount;
    }

    /** Lays the document out into {@code out}; returns the page of every heading. */
    Map<String, Integer> run(OutputStream out) {
        document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN + 14, MARGIN);
        try {
            writer = PdfWriter.getInstance(document, out);
            frame = new PdfPageFrame(doc.info(), text, knownPageCount);
            writer.setPageEvent(frame);
            // Deflating took a third of a batch's time: the layout pass is thrown away, so nothing is
            // compressed there; the written pass trades a slightly larger file for speed.
            writer.setCompressionLevel(layoutOnly() ? Deflater.NO_COMPRESSION : Deflater.BEST_SPEED);
            text.compressFonts(layoutOnly() ? Deflater.NO_COMPRESSION : Deflater.BEST_SPEED);
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
            metadata();
            document.open();
            column = new ColumnText(writer.getDirectContent());
            column.setRunDirection(text.runDirection());
            newColumn();
            for (Block block : doc.blocks()) {
                block(block);
            }
            flush();
            pageCount = writer.getPageNumber();
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be laid out: " + e.getMessage(), e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return outline.pages();
    }

    /** Whether this is the first pass, thrown away once it has found the pages. */
    private boolean layoutOnly() {
        return knownPageCount == 0;
    }

    int pageCount() {
        return pageCount;
    }

    private void metadata() {
        DocInfo info = doc.info();
        document.addTitle(info.title());
        document.addAuthor(info.author());
        document.addSubject(info.subject());
        document.addCreator("Dialogue Desk");
        // OpenPDF stamps the moment the file is written, whatever date is given: the creation date is now
        document.addCreationDate();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(info.lang().code()));
    }

    private void newColumn() {
        column.setSimpleColumn(document.left(), document.bottom(), document.right(), document.top());
    }

    private void add(Element e) throws DocumentException {
        column.addElement(e);
        flush();
    }

    /** Lays out what the column holds, turning pages until it is all placed. */
    private void flush() throws DocumentException {
        int status = column.go();
        while (ColumnText.hasMoreText(status)) {
            nextPage();
            status = column.go();
        }
    }

    private void nextPage() {
        writer.setPageEmpty(false);
        document.newPage();
        newColumn();
    }

    private void block(Block block) throws DocumentException {
        if (block instanceof Block.Heading h) {
            heading(h);
        } else if (block instanceof Block.Para p) {
            add(p.style() == Block.Style.LETTERHEAD ? ruledBelow(para(p)) : para(p));
        } else if (block instanceof Block.Items items) {
            items(items, 0);
        } else if (block instanceof Block.Table t) {
            add(table(t));
        } else if (block instanceof Block.Chart c) {
            Image chart = chart(c.spec());
            flush();
            // a chart is never split nor shrunk: it goes whole to the next page when it doesn't fit
            if (column.getYLine() - document.bottom() < chart.getScaledHeight() + 16) {
                nextPage();
            }
            add(chart);
        } else if (block instanceof Block.Contents) {
            contents();
        } else if (block instanceof Block.PageBreak) {
            flush();
            nextPage();
        }
    }

    /**
     * A heading starts a new page when too little of this one is left for it and a few lines of what
     * follows; its page and place become a named destination and an outline entry.
     */
    private void heading(Block.Heading h) throws DocumentException {
        flush();
        if (column.getYLine() - document.bottom() < 90) {
            nextPage();
        }
        float size = switch (h.level()) {
            case 1 -> 16;
            case 2 -> 13;
            default -> 11;
        };
        float before = h.level() == 1 ? 16 : 10;
        float top = column.getYLine() - (column.getYLine() >= document.top() ? 0 : before) + size;
        outline.add(h, writer, top);
        Phrase phrase = text.phrase(h.numbered(), size, Span.Ink.BOLD, h.level() == 1 ? PdfText.ACCENT : PdfText.INK);
        Paragraph p = new Paragraph();
        p.add(phrase);
        p.setLeading(phrase.getLeading());
        p.setAlignment(text.start());
        p.setSpacingBefore(before);
        p.setSpacingAfter(h.level() == 1 ? 8 : 4);
        add(p);
    }

    private Paragraph para(Block.Para para) {
        float size = switch (para.style()) {
            case TITLE -> 24;
            case SUBTITLE -> 14;
            case COVER -> 11;
            case NOTE, CODE -> 8.5f;
            case MARK, LETTERHEAD -> 13;
            default -> BODY;
        };
        Span.Ink ink = switch (para.style()) {
            case TITLE, MARK, LETTERHEAD -> Span.Ink.BOLD;
            case QUOTE -> Span.Ink.ITALIC;
            case CODE -> Span.Ink.CODE;
            default -> Span.Ink.PLAIN;
        };
        Color color = switch (para.style()) {
            case TITLE, LETTERHEAD -> PdfText.ACCENT;
            case SUBTITLE, NOTE -> PdfText.MUTED;
            case MARK -> PdfText.MARK;
            default -> PdfText.INK;
        };
        Phrase phrase = text.phrase(para.spans(), size, ink, color);
        Paragraph p = new Paragraph();
        p.add(phrase);
        p.setLeading(phrase.getLeading());
        p.setAlignment(alignment(para));
        p.setSpacingAfter(para.style() == Block.Style.TITLE || para.style() == Block.Style.LETTERHEAD ? 12 : 6);
        if (para.style() == Block.Style.QUOTE) {
            indent(p, 18);
        }
        return p;
    }

    /**
     * A paragraph over a rule the width of the text (a letterhead): a one-cell table with its bottom
     * border, as a line drawn in a right-to-left column lands beside the text rather than under it.
     */
    private PdfPTable ruledBelow(Paragraph p) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(PdfText.ACCENT);
        cell.setBorderWidth(0.8f);
        cell.setPadding(0);
        cell.setPaddingBottom(6);
        cell.setRunDirection(text.runDirection());
        p.setSpacingAfter(0);
        cell.addElement(p);
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setRunDirection(text.runDirection());
        table.setSpacingAfter(14);
        table.addCell(cell);
        return table;
    }

    /** The side a paragraph goes to; ColumnText mirrors LEFT and RIGHT in a right-to-left run. */
    private int alignment(Block.Para para) {
        return switch (para.align()) {
            case START -> text.start();
            case CENTER -> Element.ALIGN_CENTER;
            case END -> Element.ALIGN_RIGHT;
            case NATURAL -> para.style() == Block.Style.BODY ? Element.ALIGN_JUSTIFIED : text.start();
        };
    }

    private void indent(Paragraph p, float by) {
        if (text.rightToLeft()) {
            p.setIndentationRight(by);
        } else {
            p.setIndentationLeft(by);
        }
    }

    private void items(Block.Items items, int depth) throws DocumentException {
        int n = 0;
        for (List<Block> item : items.items()) {
            n++;
            String marker = items.marker(n, depth);
            boolean first = true;
            for (Block b : item) {
                if (b instanceof Block.Para p) {
                    Paragraph paragraph = para(first ? withMarker(p, marker) : p);
                    indent(paragraph, 14 * (depth + 1));
                    paragraph.setFirstLineIndent(0);
                    paragraph.setSpacingAfter(2);
                    add(paragraph);
                    first = false;
                } else if (b instanceof Block.Items nested) {
                    items(nested, depth + 1);
                } else {
                    block(b);
                }
            }
        }
    }

    private static Block.Para withMarker(Block.Para p, String marker) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.plain(marker));
        spans.addAll(p.spans());
        return new Block.Para(p.style(), spans, p.align());
    }

    private PdfPTable table(Block.Table t) {
        int columns = Math.max(1, t.columns());
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setRunDirection(text.runDirection());
        table.setHeaderRows(Math.min(t.headerRows(), t.rows().size()));
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        // a row to sign in goes whole to the next page rather than split across two
        table.setSplitLate(t.minRowHeight() > 0);
        try {
            table.setWidths(text.columnOrder(t.relativeWidths()));
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<List<Span>> row = t.rows().get(r);
            boolean header = r < t.headerRows();
            for (int c = 0; c < columns; c++) {
                List<Span> spans = c < row.size() ? row.get(c) : List.of();
                PdfPCell cell = new PdfPCell(text.phrase(spans, 8.5f, header ? Span.Ink.BOLD : Span.Ink.PLAIN,
                        PdfText.INK));
                cell.setPadding(4);
                cell.setPaddingTop(2);
                cell.setBorderColor(GRID);
                cell.setBorderWidth(0.5f);
                cell.setRunDirection(text.runDirection());
                if (header) {
                    cell.setBackgroundColor(SHADE);
                } else if (t.minRowHeight() > 0) {
                    cell.setMinimumHeight(t.minRowHeight());
                    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
                }
                table.addCell(cell);
            }
        }
        return table;
    }

    private Image chart(ChartSpec spec) throws DocumentException {
        float width = document.right() - document.left();
        float height = ChartPainter.height(width);
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        // the first pass only finds pages: a chart's room is all it needs, not its drawing
        if (!layoutOnly()) {
            Graphics2D g = template.createGraphicsShapes(width, height);
            try {
                new ChartPainter(text.rightToLeft(), doc.info().lang().locale()).paint(g, spec, width, height);
            } finally {
                g.dispose();
            }
        }
        Image image = Image.getInstance(template);
        image.setAlignment(Image.MIDDLE);
        image.setSpacingBefore(4);
        image.setSpacingAfter(10);
        return image;
    }

    /** Every heading of levels 1 and 2 with its page, each a link to it. */
    private void contents() throws DocumentException {
        if (!doc.info().contents().isEmpty()) {
            add(para(Block.Para.of(Block.Style.SUBTITLE, doc.info().contents())));
        }
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setRunDirection(text.runDirection());
        table.setWidths(text.columnOrder(new float[]{12, 1}));
        for (Block.Heading h : doc.headings()) {
            if (h.level() > 2) {
                continue;
            }
            Integer page = knownPages.get(h.anchor());
            Phrase title = text.phrase(h.numbered(), h.level() == 1 ? 10.5f : 9.5f,
                    h.level() == 1 ? Span.Ink.BOLD : Span.Ink.PLAIN, PdfText.INK);
            for (Element e : title) {
                if (e instanceof Chunk c) {
                    c.setLocalGoto(h.anchor());
                }
            }
            PdfPCell name = new PdfPCell(title);
            name.setBorder(Rectangle.NO_BORDER);
            name.setRunDirection(text.runDirection());
            name.setPaddingBottom(3);
            if (text.rightToLeft()) {
                name.setPaddingRight(h.level() == 1 ? 0 : 14);
            } else {
                name.setPaddingLeft(h.level() == 1 ? 0 : 14);
            }
            PdfPCell number = new PdfPCell(text.phrase(page == null ? "00" : String.valueOf(page), 9.5f,
                    Span.Ink.PLAIN, PdfText.INK));
            number.setBorder(Rectangle.NO_BORDER);
            number.setRunDirection(text.runDirection());
            number.setHorizontalAlignment(text.rightToLeft() ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            table.addCell(name);
            table.addCell(number);
        }
        add(table);
    }
}
