package org.dialoguedesk.questionnaire;

import java.nio.file.Path;

/** Reads a returned questionnaire workbook; implemented in the render layer, which owns the spreadsheet library. */
public interface ReturnedFormReader {

    /**
     * @throws FormFileException when the file is missing, empty, too large, not an .xlsx workbook,
     *         password protected, damaged, or not a questionnaire form of this application
     */
    ReturnedForm read(Path file);
}
