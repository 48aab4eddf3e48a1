package org.dialoguedesk.render.doc;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Text for the PDF writer: the embedded faces (Identity-H, so any character prints), and phrases whose
 * every character is set in a face that has it. OpenPDF has no font fallback of its own, so
 * {@link #select} tries the document's main script first (Naskh in an Arabic document, Sans
 * otherwise) and the other one next; Naskh is set a little larger, as it reads small.
 */
final class PdfText {

    static final Color INK = new Color(0x26, 0x32, 0x3F);
    static final Color MUTED = new Color(0x5F, 0x6B, 0x7A);
    static final Color ACCENT = new Color(0x1F, 0x4E, 0x79);
    static final Color LINK = new Color(0x1F, 0x5F, 0xA8);
    static final Color MARK = new Color(0xB0, 0x1E, 0x1E);
    static final float NASKH_SCALE = 1.1f;

    /**
     * The embedded faces, read once per thread: a BaseFont keeps reading its font program while a
     * document is written, so threads rendering side by side do not share one.
     */
    private static final ThreadLocal<Map<DocFonts.Face, BaseFont>> FACES =
            ThreadLocal.withInitial(() -> new EnumMap<>(DocFonts.Face.class));

    private final boolean rtl;

    PdfText(boolean rightToLeft) {
        this.rtl = rightToLeft;
    }

    boolean rightToLeft() {
        return rtl;
    }

    /** The run direction ColumnText and tables lay out in: always with the bidi algorithm on. */
    int runDirection() {
        return rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
    }

    /**
     * The alignment of a paragraph's start in a column: ALIGN_LEFT in either direction, as ColumnText
     * mirrors alignments in a right-to-left run ({@code showTextAligned} does not: there, pass the side).
     */
    int start() {
        return Element.ALIGN_LEFT;
    }

    /**
     * Column widths in the order a table takes them: a right-to-left table lays its first cell on the
     * right but still reads its widths from the left.
     */
    float[] columnOrder(float[] widths) {
        if (!rtl) {
            return widths;
        }
        float[] reversed = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            reversed[i] = widths[widths.length - 1 - i];
        }
        return reversed;
    }

    Phrase phrase(String text, float size, Span.Ink ink, Color color) {
        return phrase(List.of(new Span(text, ink, "")), size, ink, color);
    }

    /** The spans in faces that have their characters; links underlined and live. */
    Phrase phrase(List<Span> spans, float size, Span.Ink base, Color color) {
        Phrase phrase = new Phrase();
        phrase.setLeading(size * (rtl ? 1.75f : 1.45f));
        for (Span span : spans) {
            Span.Ink ink = span.ink() == Span.Ink.PLAIN ? base : span.ink().with(base.bold(), base.italic());
            Color c = span.isLink() ? LINK : ink == Span.Ink.CODE ? MUTED : color;
            Phrase part = select(span.text(), fonts(ink, size, c));
            for (Element e : part) {
                if (e instanceof Chunk chunk && span.isLink()) {
                    chunk.setAnchor(span.url());
                    chunk.setUnderline(0.4f, -1.5f);
                }
                phrase.add(e);
            }
        }
        return phrase;
    }

    /** The faces to try for a look, the document's main script first. */
    private Font[] fonts(Span.Ink ink, float size, Color color) {
        Font latin = new Font(face(DocFonts.Face.latin(ink)), ink == Span.Ink.CODE ? size * 0.9f : size,
                Font.NORMAL, color);
        Font arabic = new Font(face(DocFonts.Face.arabic(ink)), size * NASKH_SCALE, Font.NORMAL, color);
        return rtl ? new Font[]{arabic, latin} : new Font[]{latin, arabic};
    }

    /**
     * The text in chunks, each character in the first face that has it; spaces and line breaks stay in
     * the face of the text around them. (OpenPDF's own FontSelector does this too, but reads a fallback
     * font from its jar each time one is made: ten seconds on a forty-page profile.)
     */
    static Phrase select(String text, Font[] fonts) {
        Phrase phrase = new Phrase();
        StringBuilder run = new StringBuilder();
        Font current = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            Font font = current != null && (Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT)
                    ? current : fontFor(c, fonts);
            if (font != current && run.length() > 0) {
                phrase.add(new Chunk(run.toString(), current));
                run.setLength(0);
            }
            current = font;
            run.appendCodePoint(c);
            i += Character.charCount(c);
        }
        if (run.length() > 0) {
            phrase.add(new Chunk(run.toString(), current));
        }
        return phrase;
    }

    private static Font fontFor(int c, Font[] fonts) {
        for (Font f : fonts) {
            if (f.getBaseFont().charExists(c)) {
                return f;
            }
        }
        return fonts[0];
    }

    /** The deflate level of the font programs embedded by the documents this thread writes next. */
    void compressFonts(int level) {
        for (DocFonts.Face f : DocFonts.Face.values()) {
            face(f).setCompressionLevel(level);
        }
    }

    /** An embedded face, read once and shared by every document this thread writes after. */
    static BaseFont face(DocFonts.Face face) {
        return FACES.get().computeIfAbsent(face, f -> {
            try {
                return BaseFont.createFont(f.fileName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                        DocFonts.bytes(f), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
