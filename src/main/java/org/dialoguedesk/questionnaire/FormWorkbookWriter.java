package org.dialoguedesk.questionnaire;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes one recipient's fillable form to a file. The render layer implements it; the core and the
 * screens name only this, so they stay free of the spreadsheet library.
 */
public interface FormWorkbookWriter {

    /** Writes the form (replacing the file atomically) and returns its fingerprint. */
    String write(FormSpec spec, Path file) throws IOException;
}
