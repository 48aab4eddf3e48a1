package org.dialoguedesk.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Records what a view model asked for and answers as the test says: no window involved. */
public final class FakeDialogService implements DialogService {

    public final List<String> errors = new ArrayList<>();
    public final List<FormModel> forms = new ArrayList<>();
    public LocalDate dateAnswer;
    public boolean confirmAnswer = true;
    /** What the open-file and save-file choosers answer; null = cancelled. */
    public Path openAnswer;
    public Path saveAnswer;
    /** What the folder chooser answers; null = cancelled. */
    public Path folderAnswer;
    public String suggestedName;

    @Override
    public void showError(String message) {
        errors.add(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        return confirmAnswer;
    }

    @Override
    public Optional<LocalDate> askDate(String title, String label, LocalDate initial) {
        return Optional.ofNullable(dateAnswer);
    }

    @Override
    public void showForm(FormModel form) {
        forms.add(form);
    }

    @Override
    public Optional<Path> openFile(String title, List<FileType> types) {
        return Optional.ofNullable(openAnswer);
    }

    /** What the multiple-file chooser answers; empty = cancelled. */
    public List<Path> openAnswers = List.of();

    @Override
    public List<Path> openFiles(String title, List<FileType> types) {
        return openAnswers;
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, List<FileType> types) {
        this.suggestedName = suggestedName;
        return Optional.ofNullable(saveAnswer);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(folderAnswer);
    }

    public <T extends FormModel> T lastForm(Class<T> type) {
        return type.cast(forms.get(forms.size() - 1));
    }
}
