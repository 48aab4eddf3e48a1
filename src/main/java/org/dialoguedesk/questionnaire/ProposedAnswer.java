package org.dialoguedesk.questionnaire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A question's values and note as read from a form or typed in, before they are stored. */
public record ProposedAnswer(String questionCode, Map<String, String> values, String note) {

    public ProposedAnswer {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        note = note == null ? "" : note.strip();
    }

    public boolean isEmpty() {
        return values.isEmpty() && note.isEmpty();
    }
}
