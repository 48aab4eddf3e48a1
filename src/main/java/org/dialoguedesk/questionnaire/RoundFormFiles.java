package org.dialoguedesk.questionnaire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.dialoguedesk.common.DeskException;

/**
 * Writes a file per recipient of a round into a folder: the fillable forms, named by
 * {@link FormSpec#fileName()} (the window's "Generate forms…"), or the printable questionnaires
 * ("Print questionnaires…").
 */
public final class RoundFormFiles {

    /** The folder written to and the files in it, in the round's recipient order. */
    public record Written(Path folder, List<Path> files) {

        public Written {
            files = List.copyOf(files);
        }
    }

    /** Writes one recipient's file (atomically). */
    @FunctionalInterface
    public interface FileWriter {
        void write(FormSpec spec, Path file) throws IOException;
    }

    private final QuestionnaireFormService forms;
    private final FileWriter writer;
    private final Function<FormSpec, String> naming;

    /** The fillable workbooks of a round. */
    public RoundFormFiles(QuestionnaireFormService forms, FormWorkbookWriter writer) {
        this(forms, writer::write, FormSpec::fileName);
    }

    /** Any other file per recipient (the printable questionnaires), named by {@code naming}. */
    public RoundFormFiles(QuestionnaireFormService forms, FileWriter writer, Function<FormSpec, String> naming) {
        this.forms = forms;
        this.writer = writer;
        this.naming = naming;
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
            Path file = folder.resolve(naming.apply(spec));
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
