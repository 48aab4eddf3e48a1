package org.dialoguedesk.ui;

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

    public <T extends FormModel> T lastForm(Class<T> type) {
        return type.cast(forms.get(forms.size() - 1));
    }
}
