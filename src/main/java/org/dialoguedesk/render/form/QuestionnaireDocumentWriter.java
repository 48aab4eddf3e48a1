package org.dialoguedesk.render.form;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.dialoguedesk.common.AtomicFiles;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.questionnaire.PrintableQuestionnaire;
import org.dialoguedesk.questionnaire.Question;
import org.dialoguedesk.questionnaire.Section;
import org.dialoguedesk.render.doc.DocxFontTable;
import org.dialoguedesk.render.doc.DocxPage;
import org.dialoguedesk.render.doc.DocxStyles;
import org.dialoguedesk.render.doc.DocxText;

/**
 * Writes a printable, read-only questionnaire as a Word document (.docx, A4) in one language: a
 * cover page ({@link DocxCover}), then each section as a numbered Heading 1 and each question as a
 * numbered Heading 2 with its answer area ({@link DocxQuestionBlock}). It shows the same
 * questionnaire as the fillable workbook, for reading, circulating within a ministry and preparing
 * answers on paper. An Arabic document is right-to-left throughout: section, paragraphs, runs and
 * tables.
 */
public final class QuestionnaireDocumentWriter {

    /** Writes the document atomically: a failed write leaves any earlier file under that name intact. */
    public void write(PrintableQuestionnaire questionnaire, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            try (XWPFDocument doc = new XWPFDocument()) {
                build(doc, questionnaire);
                doc.write(out);
            }
        });
    }

    private static void build(XWPFDocument doc, PrintableQuestionnaire q) throws IOException {
        Messages messages = new Messages(q.lang());
        DocxText text = new DocxText(q.lang());
        DocxStyles.define(doc, q.lang());
        DocxFontTable.add(doc, q.lang().isRightToLeft());
        DocxPage.setUp(doc, text, messages.get("questionnaire.print.page", "{0}", "{1}"), header(q, messages));
        new DocxCover(doc, text, messages).write(q);
        DocxQuestionBlock questions = new DocxQuestionBlock(doc, text, messages);
        List<Section> sections = q.sections();
        for (int s = 0; s < sections.size(); s++) {
            XWPFParagraph heading = text.styled(doc.createParagraph(), DocxStyles.HEADING1);
            heading.setPageBreak(s == 0); // the cover page stands alone; sections then follow on
            text.run(heading, (s + 1) + ".\u2002" + q.text(sections.get(s).title()));
            List<Question> list = sections.get(s).questions();
            for (int i = 0; i < list.size(); i++) {
                questions.write((s + 1) + "." + (i + 1), list.get(i));
            }
        }
    }

    private static String header(PrintableQuestionnaire q, Messages messages) {
        return q.isForRecipient()
                ? messages.get("questionnaire.print.header", q.roundTitle(), q.countryName(), q.countryCode())
                : q.templateTitle();
    }
}
