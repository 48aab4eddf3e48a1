package org.dialoguedesk.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.questionnaire.TemplateDraft;

/**
 * Reads a questionnaire template written as JSON ({@code sample-data/questionnaire-template.json}):
 * key, title, description and sections of questions, with every text as {@code {"en","fr","ar"}}
 * and the fields of the core records by name. Unknown fields are refused so a typo is not lost.
 */
public final class TemplateFileReader {

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public TemplateDraft read(InputStream in, String name) {
        try {
            return mapper.readValue(in, TemplateDraft.class);
        } catch (JsonProcessingException e) {
            throw new DeskException(name + " is not a valid questionnaire template file (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + "): "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new DeskException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
