package org.dialoguedesk.render.doc;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/**
 * The document's font table, which POI does not write. It says that the Arabic face is an Arabic
 * font (charset B2) with Arial as its alternative, so Word on a machine without Noto Naskh Arabic
 * substitutes a font that has Arabic glyphs instead of showing empty boxes.
 *
 * <p>An Arabic document also carries Noto Naskh Arabic itself (regular and bold), embedded as Word
 * embeds fonts: it looks the same where the face is not installed, as Naskh is on few machines. Latin
 * text is set in Arial, which every office machine has or matches metric for metric (Liberation Sans),
 * so the much larger Noto Sans is not embedded.
 */
public final class DocxFontTable {

    static final String OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont";
    static final String FONT_RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font";

    private static final String XML = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
              <w:font w:name="%1$s"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/>\
            <w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>
              <w:font w:name="%2$s"><w:altName w:val="%1$s"/><w:charset w:val="B2"/><w:family w:val="roman"/>\
            <w:pitch w:val="variable"/>%4$s</w:font>
              <w:font w:name="%3$s"><w:altName w:val="%1$s"/><w:charset w:val="00"/><w:family w:val="swiss"/>\
            <w:pitch w:val="variable"/></w:font>
            </w:fonts>
            """;

    private DocxFontTable() {
    }

    /**
     * A raw package part: POI has no class for the font table, so it would not write one itself.
     * {@code embedArabic}: carry the Arabic faces in the file.
     */
    public static void add(XWPFDocument doc, boolean embedArabic) throws IOException {
        PackagePart part;
        try {
            PackagePartName name = PackagingURIHelper.createPartName(XWPFRelation.FONT_TABLE.getDefaultFileName());
            part = doc.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
        } catch (InvalidFormatException e) {
            throw new IOException("Cannot add the font table: " + e.getMessage(), e);
        }
        String embedded = "";
        if (embedArabic) {
            embedded = embed(doc, part, "embedRegular", DocFonts.Face.NASKH)
                    + embed(doc, part, "embedBold", DocFonts.Face.NASKH_BOLD);
            doc.getSettings().getCTSettings().addNewEmbedTrueTypeFonts();
        }
        try (OutputStream out = part.getOutputStream()) {
            out.write(XML.formatted(DocxStyles.LATIN_FONT, DocxStyles.ARABIC_FONT, DocxText.SYMBOL_FONT, embedded)
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Adds the face as an obfuscated font part related from the font table; returns its element. */
    private static String embed(XWPFDocument doc, PackagePart table, String element, DocFonts.Face face)
            throws IOException {
        // a key of its own per face, the same in every file: the output does not change from run to run
        UUID key = UUID.nameUUIDFromBytes(face.fileName().getBytes(StandardCharsets.UTF_8));
        PackageRelationship relation;
        PackagePart font;
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fonts/" + face.name()
                    .toLowerCase(Locale.ROOT) + ".odttf");
            font = doc.getPackage().createPart(name, OBFUSCATED_FONT);
            relation = table.addRelationship(name, TargetMode.INTERNAL, FONT_RELATION);
        } catch (InvalidFormatException e) {
            throw new IOException("Cannot embed " + face.fileName() + ": " + e.getMessage(), e);
        }
        try (OutputStream out = font.getOutputStream()) {
            out.write(obfuscated(DocFonts.bytes(face), key));
        }
        return "<w:%s r:id=\"%s\" w:fontKey=\"{%s}\"/>".formatted(element, relation.getId(),
                key.toString().toUpperCase(Locale.ROOT));
    }

    /**
     * ECMA-376 font obfuscation: the first 32 bytes of the font XORed with the key's 16 bytes taken
     * in reverse order of the GUID's hexadecimal digits. Readers undo it with the key in the font table.
     */
    static byte[] obfuscated(byte[] font, UUID key) {
        String hex = key.toString().replace("-", "");
        byte[] reversed = new byte[16];
        for (int i = 0; i < 16; i++) {
            reversed[15 - i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        byte[] out = font.clone();
        for (int i = 0; i < 32; i++) {
            out[i] ^= reversed[i % 16];
        }
        return out;
    }
}
