package org.dialoguedesk.ui;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Every dialog a view model opens goes through here, so view models are tested with a fake and
 * no window. (File choosers will join it when a screen needs one.)
 */
public interface DialogService {

    void showError(String message);

    boolean confirm(String title, String message);

    /** Asks for one date (ending a membership or a role); empty when cancelled. */
    Optional<LocalDate> askDate(String title, String label, LocalDate initial);

    /** Shows a form; returns at once. The form closes itself when done, or on cancel. */
    void showForm(FormModel form);
}
