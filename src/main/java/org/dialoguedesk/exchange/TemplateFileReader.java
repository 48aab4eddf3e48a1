package org.dialoguedesk.exchange;

import java.io.InputStream;
import org.dialoguedesk.questionnaire.TemplateDraft;

/**
 * Reads a questionnaire template written as JSON ({@code sample-data/questionnaire-template.json}):
 * key, title, description and sections of questions, with every text as {@code {"en","fr","ar"}}
 * and the fields of the core records by name. Unknown fields are refused so a typo is not lost.
 */
public final class TemplateFileReader {

    public TemplateDraft read(InputStream in, String name) {
        return StrictJson.read(in, name, TemplateDraft.class, "questionnaire template");
    }
}
