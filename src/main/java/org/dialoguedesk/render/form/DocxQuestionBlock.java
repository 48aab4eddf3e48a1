package org.dialoguedesk.render.form;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.questionnaire.Question;
import org.dialoguedesk.render.doc.DocxStyles;
import org.dialoguedesk.render.doc.DocxText.Ink;
import org.dialoguedesk.render.doc.DocxText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/**
 * One question on paper: a numbered Heading 2 (number, label, * when required, the code in small
 * muted type so answers can be matched to the workbook), help and definition in muted type, the
 * answer area, and a ruled line for a national definition that differs. Everything up to that line
 * keeps with the next paragraph, so a question of ordinary size is never split across two pages
 * (only a table of more than a page's worth of rows is allowed to break, repeating its header row).
 */
final class DocxQuestionBlock {

    private final XWPFDocument doc;
    private final DocxText text;
    private final Messages messages;
    private final DocxAnswerArea answers;

    DocxQuestionBlock(XWPFDocument doc, DocxText text, Messages messages) {
        this.doc = doc;
        this.text = text;
        this.messages = messages;
        this.answers = new DocxAnswerArea(doc, text, messages);
    }

    void write(String number, Question q) {
        XWPFParagraph heading = text.styled(doc.createParagraph(), DocxStyles.HEADING2);
        text.run(heading, number + "\u2002");
        text.run(heading, label(q) + (q.required() ? "\u00A0*" : ""));
        text.run(heading, "\u2002" + q.code(), Ink.CODE);
        String help = q.help().in(text.lang());
        if (!help.isEmpty()) {
            muted(help);
        }
        String definition = q.definition().in(text.lang());
        if (!definition.isEmpty()) {
            muted(messages.get("questionnaire.form.definition", definition));
        }
        answers.write(q);
        note();
    }

    private String label(Question q) {
        return q.label().in(text.lang());
    }

    private void muted(String value) {
        XWPFParagraph p = text.styled(doc.createParagraph(), DocxStyles.MUTED);
        p.setKeepNext(true);
        text.run(p, value, Ink.MUTED);
    }

    /**
     * "National definition differs:" on a dotted line that runs the full width, to write on. A
     * paragraph border rather than a tab leader: it needs no tab stop, whose side flips in
     * right-to-left paragraphs.
     */
    private void note() {
        XWPFParagraph p = text.styled(doc.createParagraph(), DocxStyles.MUTED);
        p.setSpacingBefore(160);
        p.setSpacingAfter(120);
        CTBorder bottom = p.getCTP().getPPr().addNewPBdr().addNewBottom();
        bottom.setVal(STBorder.DOTTED);
        bottom.setSz(BigInteger.valueOf(4));
        bottom.setSpace(BigInteger.ONE);
        bottom.setColor(DocxStyles.LINE_COLOR);
        text.run(p, messages.get("questionnaire.print.note"), Ink.MUTED);
    }
}
