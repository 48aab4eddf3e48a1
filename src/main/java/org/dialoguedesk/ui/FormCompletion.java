package org.dialoguedesk.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * How a form's save ends, the same for every form: the save runs as a job; when it succeeds the
 * form is done (its dialog closes) and the caller hears of the saved record; when it is refused
 * the problems appear under their fields and the form stays open.
 */
public final class FormCompletion {

    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done", false);

    public <T> void save(JobRunner jobs, String description, FormErrors errors, Supplier<T> work,
                         Consumer<? super T> onSaved) {
        errors.clear();
        jobs.run(description, work, saved -> {
            done.set(true);
            onSaved.accept(saved);
        }, errors::showFailure);
    }

    /** What {@link FormModel#doneProperty()} returns. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }
}
