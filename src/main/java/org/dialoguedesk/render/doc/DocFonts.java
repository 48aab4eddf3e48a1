package org.dialoguedesk.render.doc;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The typefaces shipped inside the application (Noto Sans and Noto Naskh Arabic, SIL Open Font
 * Licence, see {@code /fonts/OFL.txt}), so a document looks the same on a machine that has none of
 * them. Read once, then shared: the bytes for the PDF writer to embed, AWT fonts for charts.
 */
public final class DocFonts {

    /** A face: a family in one weight and slant. Naskh has no italic; italic Arabic reads badly anyway. */
    public enum Face {
        SANS("NotoSans-Regular"), SANS_BOLD("NotoSans-Bold"), SANS_ITALIC("NotoSans-Italic"),
        SANS_BOLD_ITALIC("NotoSans-BoldItalic"), NASKH("NotoNaskhArabic-Regular"), NASKH_BOLD("NotoNaskhArabic-Bold");

        private final String file;

        Face(String file) {
            this.file = file;
        }

        public String fileName() {
            return file + ".ttf";
        }

        /** The Latin face for a look. */
        public static Face latin(Span.Ink ink) {
            return ink.bold() ? (ink.italic() ? SANS_BOLD_ITALIC : SANS_BOLD) : ink.italic() ? SANS_ITALIC : SANS;
        }

        /** The Arabic face for a look. */
        public static Face arabic(Span.Ink ink) {
            return ink.bold() ? NASKH_BOLD : NASKH;
        }
    }

    private static final Map<Face, byte[]> BYTES = new EnumMap<>(Face.class);
    private static final Map<Face, Font> AWT = new EnumMap<>(Face.class);

    private DocFonts() {
    }

    /** The TrueType file of a face. */
    public static synchronized byte[] bytes(Face face) {
        return BYTES.computeIfAbsent(face, f -> {
            try (InputStream in = DocFonts.class.getResourceAsStream("/fonts/" + f.fileName())) {
                if (in == null) {
                    throw new IllegalStateException("The font " + f.fileName() + " is missing from the application");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A face as an AWT font of a size, for drawing charts. */
    public static synchronized Font awt(Face face, float size) {
        return AWT.computeIfAbsent(face, f -> {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes(f)));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("The font " + f.fileName() + " cannot be read", e);
            }
        }).deriveFont(size);
    }
}
