package org.dialoguedesk.questionnaire.ui;

import org.dialoguedesk.questionnaire.TemplateVersion;

/** A draft as the service saved it, and the place in its outline to show as chosen afterwards. */
public record SavedDraft(TemplateVersion version, OutlinePosition select) {
}
