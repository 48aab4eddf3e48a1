package org.dialoguedesk.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dialoguedesk.ui.DialogService;
import org.dialoguedesk.ui.FormModel;

/**
 * The window's real dialogs, except the file and folder choosers (native windows no robot drives): they answer
 * with the paths the test sets, or as cancelled when none is set.
 */
final class AnsweringFileChoosers implements DialogService {

    private final DialogService real;
    private final Answers answers;

    /** What the choosers answer; shared by every language the window is built in. */
    static final class Answers {
        Path open;
        Path save;
        List<Path> openMany = List.of();
        Path folder;
    }

    AnsweringFileChoosers(DialogService real, Answers answers) {
        this.real = real;
        this.answers = answers;
    }

    @Override
    public void showError(String message) {
        real.showError(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        return real.confirm(title, message);
    }

    @Override
    public Optional<LocalDate> askDate(String title, String label, LocalDate initial) {
        return real.askDate(title, label, initial);
    }

    @Override
    public void showForm(FormModel form) {
        real.showForm(form);
    }

    @Override
    public Optional<Path> openFile(String title, List<FileType> types) {
        return Optional.ofNullable(answers.open);
    }

    @Override
    public List<Path> openFiles(String title, List<FileType> types) {
        return answers.openMany;
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, List<FileType> types) {
        return Optional.ofNullable(answers.save);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(answers.folder);
    }
}
