package org.dialoguedesk.render.doc;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;

/**
 * Writes a {@link Doc} as a Word file others can go on editing: real heading styles (numbered in
 * their text, so any reader shows the same numbers), a table of contents field whose entries link to
 * bookmarks on the headings, tables with their grid, charts as pictures drawn by the same painter as
 * the PDF's, live links, "Page X of Y" fields, and title, author, subject and date in the properties.
 * An Arabic document is right to left throughout ({@link DocxText}).
 *
 * <p>The contents' page numbers are fields Word recomputes when it opens the file (it is told to);
 * until then they show the pages of the PDF layout, when the caller has it.
 */
public final class DocxDocWriter {

    private static final int CHART_DPI_SCALE = 2;

    /** Writes the document; {@code pages} are the headings' pages in the PDF layout, or empty. */
    public void write(Doc doc, Map<String, Integer> pages, OutputStream out) throws IOException {
        try (XWPFDocument word = new XWPFDocument()) {
            DocInfo info = doc.info();
            DocxText text = new DocxText(info.lang());
            DocxStyles.define(word, info.lang());
            DocxFontTable.add(word, info.rightToLeft());
            DocxPage.setUp(word, text, info.pageOf(),
                    info.mark().isEmpty() ? info.header() : info.header() + "  \u2014  " + info.mark());
            if (info.frame() == DocInfo.Frame.LETTER) {
                DocxPage.bareFirstPage(word);
            }
            properties(word, info);
            Writer w = new Writer(word, text, doc, pages);
            doc.blocks().forEach(w::block);
            word.enforceUpdateFields();
            OoxmlZip.write(word, out);
        }
    }

    private static void properties(XWPFDocument word, DocInfo info) {
        POIXMLProperties.CoreProperties core = word.getProperties().getCoreProperties();
        core.setTitle(info.title());
        core.setCreator(info.author());
        core.setSubjectProperty(info.subject());
        core.setCreated(Optional.of(Date.from(info.created().atZone(ZoneId.systemDefault()).toInstant())));
        core.getUnderlyingProperties().setLanguageProperty(info.lang().code());
    }

    /** One document being written: keeps the bookmark numbering. */
    private static final class Writer {

        private final XWPFDocument word;
        private final DocxText text;
        private final Doc doc;
        private final Map<String, Integer> pages;
        private int bookmarks;

        Writer(XWPFDocument word, DocxText text, Doc doc, Map<String, Integer> pages) {
            this.word = word;
            this.text = text;
            this.doc = doc;
            this.pages = pages;
        }

        void block(Block block) {
            if (block instanceof Block.Heading h) {
                heading(h);
            } else if (block instanceof Block.Para p) {
                XWPFParagraph paragraph = text.styled(word.createParagraph(), style(p.style()));
                align(paragraph, p.align());
                spans(paragraph, p.spans(), ink(p.style()));
            } else if (block instanceof Block.Items items) {
                items(items, 0);
            } else if (block instanceof Block.Table t) {
                table(t);
            } else if (block instanceof Block.Chart c) {
                chart(c.spec());
            } else if (block instanceof Block.Contents) {
                contents();
            } else if (block instanceof Block.PageBreak) {
                word.createParagraph().createRun().addBreak(BreakType.PAGE);
            }
        }

        private void heading(Block.Heading h) {
            String style = switch (h.level()) {
                case 1 -> DocxStyles.HEADING1;
                case 2 -> DocxStyles.HEADING2;
                default -> DocxStyles.HEADING3;
            };
            XWPFParagraph p = text.styled(word.createParagraph(), style);
            BigInteger id = BigInteger.valueOf(++bookmarks);
            CTBookmark start = p.getCTP().addNewBookmarkStart();
            start.setId(id);
            start.setName(bookmark(h.anchor()));
            text.run(p, h.numbered());
            CTMarkupRange end = p.getCTP().addNewBookmarkEnd();
            end.setId(id);
        }

        /**
         * Word reads {@code left} and {@code right} as the start and end of a right-to-left paragraph
         * ({@code w:bidi}), so END is {@code right} in either direction.
         */
        private static void align(XWPFParagraph p, Block.Align align) {
            switch (align) {
                case START -> p.setAlignment(ParagraphAlignment.LEFT);
                case CENTER -> p.setAlignment(ParagraphAlignment.CENTER);
                case END -> p.setAlignment(ParagraphAlignment.RIGHT);
                default -> {
                    // the style's own
                }
            }
        }

        private static String style(Block.Style style) {
            return switch (style) {
                case TITLE -> DocxStyles.TITLE;
                case SUBTITLE -> DocxStyles.SUBTITLE;
                case NOTE, CODE -> DocxStyles.MUTED;
                case MARK -> DocxStyles.MARK;
                case LETTERHEAD -> DocxStyles.LETTERHEAD;
                case QUOTE -> DocxStyles.QUOTE;
                default -> DocxStyles.NORMAL;
            };
        }

        private static DocxText.Ink ink(Block.Style style) {
            return style == Block.Style.CODE ? DocxText.Ink.CODE : DocxText.Ink.PLAIN;
        }

        /** The spans as runs; a line break inside a span breaks the line. */
        private void spans(XWPFParagraph p, List<Span> spans, DocxText.Ink base) {
            for (Span span : spans) {
                String[] lines = span.text().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    XWPFRun run = span.isLink() ? text.link(p, lines[i], span.url())
                            : text.run(p, lines[i], base == DocxText.Ink.PLAIN ? ink(span.ink()) : base);
                    if (i < lines.length - 1) {
                        run.addBreak();
                    }
                }
            }
        }

        private static DocxText.Ink ink(Span.Ink ink) {
            return switch (ink) {
                case BOLD -> DocxText.Ink.STRONG;
                case ITALIC -> DocxText.Ink.EMPHASIS;
                case BOLD_ITALIC -> DocxText.Ink.STRONG_EMPHASIS;
                case CODE -> DocxText.Ink.CODE;
                default -> DocxText.Ink.PLAIN;
            };
        }

        private void items(Block.Items items, int depth) {
            int n = 0;
            for (List<Block> item : items.items()) {
                n++;
                String marker = items.marker(n, depth);
                boolean first = true;
                for (Block b : item) {
                    if (b instanceof Block.Para para) {
                        XWPFParagraph p = text.styled(word.createParagraph(), style(para.style()));
                        int indent = 360 * (depth + 1);
                        // w:ind left/right name the page's sides, not the text's start: mirror for Arabic
                        if (text.rightToLeft()) {
                            p.setIndentationRight(indent);
                        } else {
                            p.setIndentationLeft(indent);
                        }
                        p.setSpacingAfter(40);
                        if (first) {
                            text.run(p, marker);
                        }
                        spans(p, para.spans(), ink(para.style()));
                        first = false;
                    } else if (b instanceof Block.Items nested) {
                        items(nested, depth + 1);
                    } else {
                        block(b);
                    }
                }
            }
        }

        private void table(Block.Table t) {
            int columns = Math.max(1, t.columns());
            float[] relative = t.relativeWidths();
            float sum = 0;
            for (float f : relative) {
                sum += f;
            }
            int[] widths = new int[columns];
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.round(DocxPage.TEXT_WIDTH * relative[c] / sum) - (c == 0 ? 200 : 0);
            }
            XWPFTable table = DocxTables.create(word, text, t.rows().size(), widths);
            DocxTables.grid(table);
            if (t.minRowHeight() > 0) {
                DocxTables.rowHeight(table, t.headerRows(), Math.round(t.minRowHeight() * 20));
            }
            for (int r = 0; r < t.rows().size(); r++) {
                boolean header = r < t.headerRows();
                if (header) {
                    table.getRow(r).setRepeatHeader(true);
                }
                List<List<Span>> row = t.rows().get(r);
                for (int c = 0; c < columns; c++) {
                    XWPFTableCell cell = table.getRow(r).getCell(c);
                    if (header) {
                        cell.setColor(DocxStyles.SHADE_COLOR);
                    } else if (t.minRowHeight() > 0) {
                        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                    }
                    XWPFParagraph p = text.first(cell, DocxStyles.TABLE_TEXT);
                    spans(p, c < row.size() ? row.get(c) : List.of(), header ? DocxText.Ink.STRONG
                            : DocxText.Ink.PLAIN);
                }
            }
            text.styled(word.createParagraph(), DocxStyles.NORMAL);
        }

        private void chart(ChartSpec spec) {
            float width = DocxPage.TEXT_WIDTH / 20f;
            float height = ChartPainter.height(width);
            BufferedImage image = new BufferedImage(Math.round(width * CHART_DPI_SCALE),
                    Math.round(height * CHART_DPI_SCALE), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
                g.scale(CHART_DPI_SCALE, CHART_DPI_SCALE);
                new ChartPainter(text.rightToLeft(), doc.info().lang().locale()).paint(g, spec, width, height);
            } finally {
                g.dispose();
            }
            XWPFParagraph p = text.styled(word.createParagraph(), DocxStyles.NORMAL);
            p.setAlignment(ParagraphAlignment.CENTER);
            try {
                p.createRun().addPicture(new ByteArrayInputStream(PngImages.of(image)), Document.PICTURE_TYPE_PNG,
                        "chart-" + (++bookmarks) + ".png", Units.toEMU(width), Units.toEMU(height));
            } catch (IOException | InvalidFormatException e) {
                throw new IllegalStateException("The chart could not be drawn: " + e.getMessage(), e);
            }
        }

        /**
         * A TOC field over levels 1–2 holding, as its current result, one line per heading that links
         * to its bookmark and ends with a PAGEREF field: readers that don't update fields still show
         * a working contents.
         */
        private void contents() {
            if (!doc.info().contents().isEmpty()) {
                text.run(text.styled(word.createParagraph(), DocxStyles.SUBTITLE), doc.info().contents());
            }
            List<Block.Heading> entries = doc.headings().stream().filter(h -> h.level() <= 2).toList();
            XWPFParagraph first = null;
            XWPFParagraph last = null;
            for (Block.Heading h : entries) {
                XWPFParagraph p = text.styled(word.createParagraph(), h.level() == 1 ? DocxStyles.TOC1
                        : DocxStyles.TOC2);
                if (first == null) {
                    first = p;
                    DocxFields.begin(text, p, "TOC \\o \"1-2\" \\h \\z \\u");
                }
                text.anchorLink(p, bookmark(h.anchor()), h.numbered());
                text.run(p, "\t");
                Integer page = pages.get(h.anchor());
                DocxFields.field(text, p, "PAGEREF " + bookmark(h.anchor()) + " \\h", page == null ? "" : page.toString());
                last = p;
            }
            if (last != null) {
                DocxFields.end(text, last);
            }
        }
    }

    /** A Word bookmark name: letters, digits and underscores, starting with a letter, at most 40. */
    static String bookmark(String anchor) {
        String name = "h_" + anchor.replaceAll("[^A-Za-z0-9]", "_");
        return name.length() > 40 ? name.substring(0, 40) : name;
    }
}
