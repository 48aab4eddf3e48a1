package org.dialoguedesk.questionnaire;

import java.util.List;

/** A checked XLSForm: the template it becomes and everything in the file that is not kept. */
public record XlsFormImportResult(String file, TemplateDraft draft, List<XlsFormNote> notKept) {

    public XlsFormImportResult {
        notKept = List.copyOf(notKept);
    }
}
