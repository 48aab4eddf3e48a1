package org.dialoguedesk.render.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfTextTest {

    private static final Font SANS = new Font(PdfText.face(DocFonts.Face.SANS), 10);
    private static final Font NASKH = new Font(PdfText.face(DocFonts.Face.NASKH), 11);

    private static List<String> chunks(Phrase phrase) {
        return phrase.stream().map(e -> {
            Chunk c = (Chunk) e;
            return (c.getFont() == NASKH ? "naskh:" : "sans:") + c.getContent();
        }).toList();
    }

    @Test
    void eachCharacterIsSetInTheFirstFaceThatHasIt() {
        Phrase latinFirst = PdfText.select("Rabat Process (الرباط) \u2014 2024", new Font[]{SANS, NASKH});
        assertEquals(List.of("sans:Rabat Process (", "naskh:الرباط", "sans:) \u2014 2024"), chunks(latinFirst));
        Phrase arabicFirst = PdfText.select("مسار الرباط Rabat", new Font[]{NASKH, SANS});
        assertEquals(List.of("naskh:مسار الرباط ", "sans:Rabat"), chunks(arabicFirst),
                "digits and spaces stay in the face of the text around them; Latin letters fall back to Sans");
    }

    @Test
    void noCharacterIsDropped() {
        String text = "Ceuta و Melilla \u00ab 12 400 \u00bb \u2013 ok";
        Phrase phrase = PdfText.select(text, new Font[]{NASKH, SANS});
        assertEquals(text, phrase.stream().map(e -> ((Chunk) e).getContent()).reduce("", String::concat));
        for (Element e : phrase) {
            Chunk c = (Chunk) e;
            c.getContent().codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(cp ->
                    assertEquals(true, c.getFont().getBaseFont().charExists(cp), "U+" + Integer.toHexString(cp)));
        }
    }
}
