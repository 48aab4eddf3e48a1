package org.dialoguedesk.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The view model of a form shown in a dialog. The dialog's main button calls {@link #submit()};
 * the form saves (through the job runner) and marks itself done, or keeps its problems shown inline.
 */
public interface FormModel {

    String title();

    /** The label of the main button ("Save", "Add"). */
    String submitLabel();

    void submit();

    /** True once the form has done its work: the dialog then closes. */
    ReadOnlyBooleanProperty doneProperty();

    /** The label of the dialog's other button, when "Cancel" would not say what it does ("Close"). */
    default java.util.Optional<String> closeLabel() {
        return java.util.Optional.empty();
    }

    /** Called when the dialog is closed without the form being done (its close button): a running job may stop. */
    default void dismissed() {
    }

    /** False while the main button must stay disabled (an import report with errors); true by default. */
    default ObservableBooleanValue submittableProperty() {
        return new ReadOnlyBooleanWrapper(true).getReadOnlyProperty();
    }
}
