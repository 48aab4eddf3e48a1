package org.dialoguedesk.questionnaire.ui;

import org.dialoguedesk.common.table.TableFiles;
import org.dialoguedesk.questionnaire.AnswerService;
import org.dialoguedesk.questionnaire.AnswerTables;
import org.dialoguedesk.questionnaire.FormImport;

/** The services the rounds screen calls for answers: import of returned forms, review, export. */
public record RoundAnswerServices(AnswerService answers, FormImport formImport, AnswerTables tables,
                                  TableFiles files) {
}
