package org.dialoguedesk.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog a view model opens goes through here, so view models are tested with a fake and
 * no window.
 */
public interface DialogService {

    /** A kind of file a chooser offers, e.g. "Contact lists" with {@code csv, xlsx} (extensions without the dot). */
    record FileType(String description, List<String> extensions) {

        public FileType {
            extensions = List.copyOf(extensions);
        }
    }

    void showError(String message);

    boolean confirm(String title, String message);

    /** Asks for one date (ending a membership or a role); empty when cancelled. */
    Optional<LocalDate> askDate(String title, String label, LocalDate initial);

    /** Shows a form; returns at once. The form closes itself when done, or on cancel. */
    void showForm(FormModel form);

    /** Asks for a file to read; empty when cancelled. */
    Optional<Path> openFile(String title, List<FileType> types);

    /** Asks for one or more files to read; empty when cancelled. */
    List<Path> openFiles(String title, List<FileType> types);

    /** Asks where to write a file, proposing {@code suggestedName}; empty when cancelled. */
    Optional<Path> saveFile(String title, String suggestedName, List<FileType> types);

    /** Asks for a folder to write several files into; empty when cancelled. */
    Optional<Path> chooseFolder(String title);
}
