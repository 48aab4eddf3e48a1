package org.dialoguedesk.questionnaire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dialoguedesk.common.DeskException;

/**
 * Writes the fillable forms of a round into a folder, one file per recipient named by
 * {@link FormSpec#fileName()}: what the window's "Generate forms…" does.
 */
public final class RoundFormFiles {

    /** The folder written to and the files in it, in the round's recipient order. */
    public record Written(Path folder, List<Path> files) {

        public Written {
            files = List.copyOf(files);
        }
    }

    private final QuestionnaireFormService forms;
    private final FormWorkbookWriter writer;

    public RoundFormFiles(QuestionnaireFormService forms, FormWorkbookWriter writer) {
        this.forms = forms;
        this.writer = writer;
    }

    /**
     * Writes every recipient's form, creating the folder if needed. A file that cannot be written
     * stops the job with a message naming it; the forms written before it stay (each is complete,
     * being written atomically).
     */
    public Written writeAll(UUID roundId, Path folder) {
        List<FormSpec> specs = forms.formsFor(roundId);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DeskException("Cannot create the folder " + folder + ": " + e.getMessage(), e);
        }
        List<Path> files = new ArrayList<>();
        for (FormSpec spec : specs) {
            Path file = folder.resolve(spec.fileName());
            try {
                writer.write(spec, file);
            } catch (IOException e) {
                throw new DeskException("Cannot write " + file + ": " + e.getMessage(), e);
            }
            files.add(file);
        }
        return new Written(folder, files);
    }
}
