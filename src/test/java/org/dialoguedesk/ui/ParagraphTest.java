package org.dialoguedesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a paragraph's text is cut into the pieces JavaFX can wrap and order. */
class ParagraphTest {

    @Test
    void wordsAndRunsOfSpacesArePiecesOfTheirOwn() {
        assertEquals(List.of("A", " ", "forum", "  ", "of", " ", "authorities."),
                Paragraph.pieces("A forum  of authorities."));
    }

    @Test
    void leadingAndTrailingSpacesAreKept() {
        assertEquals(List.of(" ", "IOM", " "), Paragraph.pieces(" IOM "));
    }

    @Test
    void aNewlineStartsALineAndEmptyLinesAreKept() {
        assertEquals(List.of("Consent", "\n", "2024-05-01", "\n", "\n", "MTM", " ", "2024"),
                Paragraph.pieces("Consent\n2024-05-01\r\n\nMTM 2024"));
    }

    @Test
    void punctuationIsCutFromArabicWordsSoItStaysOnTheirSide() {
        assertEquals(List.of("للقانون", " ", "الدولي", ".", " ", "صالح", ":", " ", "«", "الهجرة", "»", "،"),
                Paragraph.pieces("للقانون الدولي. صالح: «الهجرة»،"));
    }

    @Test
    void mixedScriptLabelsKeepTheirLatinPartsWhole() {
        assertEquals(List.of("ICMPD", " ", "—", " ", "المركز", " ", "الدولي", " ", "(ICMPD", " ", "2015)."),
                Paragraph.pieces("ICMPD — المركز الدولي (ICMPD 2015)."));
    }

    @Test
    void noTextHasNoPieces() {
        assertTrue(Paragraph.pieces("").isEmpty());
        assertTrue(Paragraph.pieces(null).isEmpty());
    }
}
