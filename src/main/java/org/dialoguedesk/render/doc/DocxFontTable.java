package org.dialoguedesk.render.doc;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/**
 * The document's font table, which POI does not write. It says that the Arabic face is an Arabic
 * font (charset B2) with Arial as its alternative, so Word on a machine without Noto Naskh Arabic
 * substitutes a font that has Arabic glyphs instead of showing empty boxes.
 */
public final class DocxFontTable {

    private static final String XML = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:font w:name="%1$s"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/>\
            <w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>
              <w:font w:name="%2$s"><w:altName w:val="%1$s"/><w:charset w:val="B2"/><w:family w:val="roman"/>\
            <w:pitch w:val="variable"/></w:font>
              <w:font w:name="%3$s"><w:altName w:val="%1$s"/><w:charset w:val="00"/><w:family w:val="swiss"/>\
            <w:pitch w:val="variable"/></w:font>
            </w:fonts>
            """;

    private DocxFontTable() {
    }

    /** A raw package part: POI has no class for the font table, so it would not write one itself. */
    public static void add(XWPFDocument doc) throws IOException {
        PackagePart part;
        try {
            PackagePartName name = PackagingURIHelper.createPartName(XWPFRelation.FONT_TABLE.getDefaultFileName());
            part = doc.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
        } catch (InvalidFormatException e) {
            throw new IOException("Cannot add the font table: " + e.getMessage(), e);
        }
        try (OutputStream out = part.getOutputStream()) {
            out.write(XML.formatted(DocxStyles.LATIN_FONT, DocxStyles.ARABIC_FONT, DocxText.SYMBOL_FONT)
                    .getBytes(StandardCharsets.UTF_8));
        }
    }
}
