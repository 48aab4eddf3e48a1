package org.dialoguedesk.render.doc;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link ChartSpec} on any Java2D surface: the PDF writer hands it a vector surface, the Word
 * writer a bitmap, so both show the same chart. A right-to-left document gets the chart mirrored
 * (first category on the right, values axis on the right) and its labels shaped and ordered by
 * {@link TextLayout}; each label mixes the Latin and Arabic faces character by character, so no
 * character is dropped.
 */
public final class ChartPainter {

    static final Color[] PALETTE = {new Color(0x1F4E79), new Color(0xC55A11), new Color(0x548235),
            new Color(0x7F6000), new Color(0x7030A0), new Color(0x2E75B6), new Color(0xBF9000)};
    private static final Color INK = new Color(0x26323F);
    private static final Color MUTED = new Color(0x5F6B7A);
    private static final Color GRID = new Color(0xD5DBE1);
    private static final float TEXT = 7.5f;

    private final boolean rtl;
    private final Locale locale;

    public ChartPainter(boolean rightToLeft, Locale locale) {
        this.rtl = rightToLeft;
        // Western digits in every language: the profiles' tables print them so
        this.locale = rightToLeft ? Locale.UK : locale;
    }

    /** How tall a chart as wide as {@code width} is drawn, in the same unit. */
    public static float height(float width) {
        return Math.min(240, width * 0.5f);
    }

    /** Paints the chart in a box of {@code width} × {@code height} at the surface's origin. */
    public void paint(Graphics2D g, ChartSpec spec, float width, float height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        String heading = spec.unit().isEmpty() ? spec.title() : spec.title() + " (" + spec.unit() + ")";
        float top = 4 + text(g, heading, rtl ? width : 0, 4, Align.START, TEXT + 1.5f, true, INK);
        float legendHeight = legend(g, spec, width, height, false);
        double max = niceMax(spec.max());
        int ticks = 4;
        String widest = format(max);
        float axis = width(g, widest, TEXT) + 6;
        float plotTop = top + 6;
        float plotBottom = height - legendHeight - TEXT - 10;
        float plotLeft = rtl ? 4 : axis + 2;
        float plotRight = rtl ? width - axis - 2 : width - 4;
        if (plotBottom - plotTop < 20 || plotRight - plotLeft < 20) {
            return;
        }
        g.setStroke(new BasicStroke(0.5f));
        for (int i = 0; i <= ticks; i++) {
            double value = max * i / ticks;
            float y = (float) (plotBottom - (plotBottom - plotTop) * i / ticks);
            g.setColor(i == 0 ? MUTED : GRID);
            g.draw(new Line2D.Float(plotLeft, y, plotRight, y));
            text(g, format(value), rtl ? plotRight + 4 : plotLeft - 4, y - TEXT / 2 - 1,
                    rtl ? Align.START_LTR : Align.END_LTR, TEXT, false, MUTED);
        }
        List<String> categories = spec.categories();
        float slot = (plotRight - plotLeft) / Math.max(1, categories.size());
        for (int c = 0; c < categories.size(); c++) {
            float centre = x(plotLeft, plotRight, slot, c);
            text(g, categories.get(c), centre, plotBottom + 3, Align.CENTRE, TEXT, false, MUTED);
        }
        if (spec.kind() == ChartSpec.Kind.BAR) {
            bars(g, spec, max, plotLeft, plotRight, plotTop, plotBottom, slot);
        } else {
            lines(g, spec, max, plotLeft, plotRight, plotTop, plotBottom, slot);
        }
        legend(g, spec, width, height, true);
    }

    private float x(float left, float right, float slot, int index) {
        return rtl ? right - slot * (index + 0.5f) : left + slot * (index + 0.5f);
    }

    private void bars(Graphics2D g, ChartSpec spec, double max, float left, float right, float top, float bottom,
                      float slot) {
        int n = spec.series().size();
        float group = slot * 0.7f;
        float bar = group / Math.max(1, n);
        for (int s = 0; s < n; s++) {
            g.setColor(PALETTE[s % PALETTE.length]);
            List<Double> values = spec.series().get(s).values();
            for (int c = 0; c < values.size() && c < spec.categories().size(); c++) {
                Double v = values.get(c);
                if (v == null || max <= 0) {
                    continue;
                }
                float h = (float) ((bottom - top) * Math.max(0, v) / max);
                float start = x(left, right, slot, c) - group / 2 + bar * (rtl ? n - 1 - s : s);
                g.fill(new Rectangle2D.Float(start + bar * 0.08f, bottom - h, bar * 0.84f, h));
            }
        }
    }

    private void lines(Graphics2D g, ChartSpec spec, double max, float left, float right, float top, float bottom,
                       float slot) {
        for (int s = 0; s < spec.series().size(); s++) {
            g.setColor(PALETTE[s % PALETTE.length]);
            g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            List<Double> values = spec.series().get(s).values();
            Path2D.Float path = new Path2D.Float();
            boolean drawing = false;
            for (int c = 0; c < values.size() && c < spec.categories().size(); c++) {
                Double v = values.get(c);
                if (v == null || max <= 0) {
                    drawing = false;
                    continue;
                }
                float px = x(left, right, slot, c);
                float py = (float) (bottom - (bottom - top) * Math.max(0, v) / max);
                if (drawing) {
                    path.lineTo(px, py);
                } else {
                    path.moveTo(px, py);
                    drawing = true;
                }
                g.fill(new Ellipse2D.Float(px - 1.8f, py - 1.8f, 3.6f, 3.6f));
            }
            g.draw(path);
        }
    }

    /** Draws (or only measures) the legend along the bottom; returns its height. */
    private float legend(Graphics2D g, ChartSpec spec, float width, float height, boolean draw) {
        if (spec.series().size() < 2 && !spec.series().isEmpty() && spec.series().get(0).name().equals(spec.title())) {
            return 0;
        }
        float rowHeight = TEXT + 5;
        float lineX = 0;
        int rows = 1;
        float[] xs = new float[spec.series().size()];
        int[] rowOf = new int[xs.length];
        for (int s = 0; s < xs.length; s++) {
            float w = 12 + width(g, spec.series().get(s).name(), TEXT) + 12;
            if (lineX > 0 && lineX + w > width) {
                rows++;
                lineX = 0;
            }
            xs[s] = lineX;
            rowOf[s] = rows - 1;
            lineX += w;
        }
        float total = rows * rowHeight;
        if (draw) {
            for (int s = 0; s < xs.length; s++) {
                float y = height - total + rowOf[s] * rowHeight;
                float swatch = rtl ? width - xs[s] - 9 : xs[s];
                g.setColor(PALETTE[s % PALETTE.length]);
                g.fill(new Rectangle2D.Float(swatch, y + 2, 8, 6));
                text(g, spec.series().get(s).name(), rtl ? swatch - 3 : swatch + 12, y, Align.START, TEXT, false,
                        INK);
            }
        }
        return total;
    }

    private enum Align {
        START, CENTRE, START_LTR, END_LTR
    }

    /**
     * Draws one line of text with its top at {@code y}: START puts its start at {@code x} (its right
     * edge in a right-to-left chart); the _LTR alignments put its left or right edge there whatever the
     * direction (numbers on the axis). Returns the line's height.
     */
    private float text(Graphics2D g, String text, float x, float y, Align align, float size, boolean bold,
                       Color color) {
        if (text.isEmpty()) {
            return size;
        }
        TextLayout layout = layout(g, text, size, bold);
        float w = layout.getAdvance();
        float left = switch (align) {
            case START -> rtl ? x - w : x;
            case CENTRE -> x - w / 2;
            case START_LTR -> x;
            case END_LTR -> x - w;
        };
        g.setColor(color);
        layout.draw(g, left, y + layout.getAscent());
        return layout.getAscent() + layout.getDescent();
    }

    private float width(Graphics2D g, String text, float size) {
        return text.isEmpty() ? 0 : layout(g, text, size, false).getAdvance();
    }

    /** The text with each character in a face that has it, laid out in the chart's direction. */
    private TextLayout layout(Graphics2D g, String text, float size, boolean bold) {
        Font latin = DocFonts.awt(bold ? DocFonts.Face.SANS_BOLD : DocFonts.Face.SANS, size);
        Font arabic = DocFonts.awt(bold ? DocFonts.Face.NASKH_BOLD : DocFonts.Face.NASKH, size + 0.5f);
        AttributedString s = new AttributedString(text);
        s.addAttribute(TextAttribute.RUN_DIRECTION,
                rtl ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
        int start = 0;
        while (start < text.length()) {
            boolean useArabic = !latin.canDisplay(text.codePointAt(start));
            int end = start;
            while (end < text.length() && !latin.canDisplay(text.codePointAt(end)) == useArabic) {
                end += Character.charCount(text.codePointAt(end));
            }
            s.addAttribute(TextAttribute.FONT, useArabic ? arabic : latin, start, end);
            start = end;
        }
        FontRenderContext frc = g.getFontRenderContext();
        return new TextLayout(s.getIterator(), frc);
    }

    private String format(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(value != 0 && Math.abs(value) < 10 ? 1 : 0);
        return f.format(value).replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    /** A round number at or above the largest value: 1, 2, 2.5 or 5 times a power of ten. */
    static double niceMax(double max) {
        if (max <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[]{1, 2, 2.5, 5, 10}) {
            if (step * power >= max) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
