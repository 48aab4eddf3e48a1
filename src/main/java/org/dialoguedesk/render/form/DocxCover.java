package org.dialoguedesk.render.form;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.questionnaire.PrintableQuestionnaire;
import org.dialoguedesk.render.doc.DocxPage;
import org.dialoguedesk.render.doc.DocxStyles;
import org.dialoguedesk.render.doc.DocxTables;
import org.dialoguedesk.render.doc.DocxText.Ink;
import org.dialoguedesk.render.doc.DocxText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/**
 * The first page: the title, what the questionnaire is and for whom (a recipient's copy names the
 * dialogue, country, focal point and deadline; a blank copy leaves country and focal point as lines
 * to write on), and how to fill it in on paper.
 */
final class DocxCover {

    private static final int LABEL_WIDTH = 3000;
    private static final String[] STEPS = {"questionnaire.print.step1", "questionnaire.print.step2",
        "questionnaire.print.step3", "questionnaire.print.step4"};

    private final XWPFDocument doc;
    private final DocxText text;
    private final Messages messages;

    DocxCover(XWPFDocument doc, DocxText text, Messages messages) {
        this.doc = doc;
        this.text = text;
        this.messages = messages;
    }

    void write(PrintableQuestionnaire q) {
        XWPFParagraph title = text.styled(doc.createParagraph(), DocxStyles.TITLE);
        text.run(title, q.isForRecipient() ? messages.get("questionnaire.form.cover.title", q.roundTitle())
                : q.templateTitle());
        XWPFParagraph subtitle = text.styled(doc.createParagraph(), DocxStyles.SUBTITLE);
        text.run(subtitle, q.isForRecipient() ? q.dialogueName() : messages.get("questionnaire.print.blank"));
        facts(q);
        XWPFParagraph howTo = text.styled(doc.createParagraph(), DocxStyles.HEADING1);
        text.run(howTo, messages.get("questionnaire.form.cover.howTo"));
        for (String step : STEPS) {
            text.run(text.styled(doc.createParagraph(), DocxStyles.NORMAL), messages.get(step));
        }
    }

    /** Label and value rows; an empty value of a blank copy is a line to write on. */
    private void facts(PrintableQuestionnaire q) {
        List<String[]> rows = new ArrayList<>();
        if (q.isForRecipient()) {
            rows.add(new String[] {"questionnaire.form.cover.dialogue", q.dialogueName()});
            rows.add(new String[] {"questionnaire.form.cover.country",
                messages.get("questionnaire.print.country", q.countryName(), q.countryCode())});
            rows.add(new String[] {"questionnaire.form.cover.focalPoint", q.focalPointName()});
            q.deadline().ifPresent(d -> rows.add(new String[] {"questionnaire.form.cover.deadline", date(d)}));
        } else {
            rows.add(new String[] {"questionnaire.form.cover.country", ""});
            rows.add(new String[] {"questionnaire.form.cover.focalPoint", ""});
        }
        rows.add(new String[] {"questionnaire.form.cover.version", String.valueOf(q.versionNumber())});
        rows.add(new String[] {"questionnaire.form.cover.generated",
            date(q.generatedAt().atOffset(ZoneOffset.UTC).toLocalDate())});
        XWPFTable table = DocxTables.create(doc, text, rows.size(), LABEL_WIDTH, DocxPage.TEXT_WIDTH - LABEL_WIDTH);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableCell label = table.getRow(r).getCell(0);
            text.run(text.first(label, DocxStyles.TABLE_TEXT), messages.get(rows.get(r)[0]), Ink.STRONG);
            XWPFTableCell value = table.getRow(r).getCell(1);
            String v = rows.get(r)[1];
            if (v.isEmpty() && !q.isForRecipient()) {
                table.getRow(r).setHeight(DocxTables.WRITING_ROW);
                // The dotted line runs under the label too, so it reads as the label's line and not the next one's.
                label.setVerticalAlignment(XWPFVertAlign.BOTTOM);
                writeOn(label);
                writeOn(value);
            } else {
                text.run(text.first(value, DocxStyles.TABLE_TEXT), v);
            }
        }
    }

    private static void writeOn(XWPFTableCell cell) {
        CTBorder bottom = cell.getCTTc().getTcPr().addNewTcBorders().addNewBottom();
        bottom.setVal(STBorder.DOTTED);
        bottom.setSz(BigInteger.valueOf(4));
        bottom.setColor(DocxStyles.LINE_COLOR);
    }

    /** "31 March 2025", "31 mars 2025", "31 مارس 2025": month names in the language, digits as written. */
    private String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(text.lang().locale()).format(date);
    }
}
