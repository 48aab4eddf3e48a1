package org.dialoguedesk.questionnaire.ui;

import org.dialoguedesk.questionnaire.QuestionnaireTemplateService;
import org.dialoguedesk.questionnaire.RoundCompleteness;
import org.dialoguedesk.questionnaire.RoundFormFiles;
import org.dialoguedesk.questionnaire.RoundService;
import org.dialoguedesk.roster.ContactService;
import org.dialoguedesk.roster.RosterService;

/**
 * The services the rounds screen calls: rounds and their forms and completeness, templates for
 * their versions, the roster for the names of countries, dialogues and focal points.
 */
public record RoundServices(RoundService rounds, QuestionnaireTemplateService templates,
                            RoundCompleteness completeness, RoundFormFiles formFiles, RoundFormFiles printFiles,
                            RosterService roster,
                            ContactService contacts) {
}
