package org.dialoguedesk.render.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.dialoguedesk.common.Lang;
import org.junit.jupiter.api.Test;

/** A list long enough to span pages, as an attendance sheet is: its header on every page, tall rows to sign in. */
class TableBlockTest {

    static Doc attendance() {
        List<List<List<Span>>> rows = new ArrayList<>();
        rows.add(List.of(List.of(Span.plain("No.")), List.of(Span.plain("Name")), List.of(Span.plain("Delegation")),
                List.of(Span.plain("Signature"))));
        for (int i = 1; i <= 40; i++) {
            rows.add(List.of(List.of(Span.plain(String.valueOf(i))), List.of(Span.plain("Participant " + i)),
                    List.of(Span.plain("Delegation " + i)), List.of()));
        }
        DocInfo info = new DocInfo("Attendance", "Secretariat", "", Lang.EN, LocalDateTime.of(2026, 11, 23, 9, 0),
                "Attendance · day 1", "", "Page {0} of {1}", "").asLetter();
        return new Doc(info, List.of(Block.Para.of(Block.Style.TITLE, "Attendance"), new Block.Table(rows, 1, 28, List.of(6f, 20f, 20f, 24f))));
    }

    @Test
    void pdfRepeatsTheHeaderOnEveryPageAndKeepsRowsTallToSign() throws IOException {
        PdfReader reader = new PdfReader(PdfDocWriterTest.pdf(attendance()));
        assertEquals(2, reader.getNumberOfPages(), "40 rows at least 28 pt tall: one page would hold them otherwise");
        PdfTextExtractor text = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            assertTrue(text.getTextFromPage(page).contains("Signature"), "the header on page " + page);
        }
        assertTrue(text.getTextFromPage(2).contains("Participant 40"));
        reader.close();
    }

    @Test
    void wordMarksTheHeaderRowToRepeatAndTheOthersAtLeastTall() throws IOException {
        try (XWPFDocument word = DocxDocWriterTest.docx(attendance(), Map.of())) {
            XWPFTable table = word.getTables().get(0);
            assertTrue(table.getRow(0).getCtRow().getTrPr().sizeOfTblHeaderArray() > 0, "w:tblHeader");
            assertTrue(table.getRow(0).getCtRow().getTrPr().sizeOfTrHeightArray() == 0, "the header as tall as its text");
            assertEquals(BigInteger.valueOf(560), table.getRow(5).getCtRow().getTrPr().getTrHeightArray(0).getVal());
            assertEquals(0, table.getRow(5).getCtRow().getTrPr().sizeOfTblHeaderArray());
        }
    }
}
