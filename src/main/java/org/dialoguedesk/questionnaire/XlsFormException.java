package org.dialoguedesk.questionnaire;

import java.util.List;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Messages;

/** An XLSForm that cannot be imported; nothing was changed. The message names file, sheet and cell. */
public class XlsFormException extends DeskException {

    private final transient List<XlsFormNote> problems;

    public XlsFormException(String file, List<XlsFormNote> problems) {
        super(describe(Messages.english(), file, problems.get(0)) + (problems.size() > 1
                ? " " + Messages.english().get("questionnaire.xlsform.moreProblems", problems.size() - 1) : ""));
        this.problems = List.copyOf(problems);
    }

    public List<XlsFormNote> problems() {
        return problems;
    }

    /** "file.xlsx, sheet survey, cell A7: …", or less where the place is the whole sheet or file. */
    public static String describe(Messages messages, String file, XlsFormNote note) {
        String what = messages.get(note.messageKey(), note.args().toArray());
        if (note.sheet().isEmpty()) {
            return messages.get("questionnaire.xlsform.inFile", file, what);
        }
        if (note.cell().isEmpty()) {
            return messages.get("questionnaire.xlsform.inSheet", file, note.sheet(), what);
        }
        return messages.get("questionnaire.xlsform.inCell", file, note.sheet(), note.cell(), what);
    }
}
