package org.dialoguedesk.ui;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Runs each job at once on the calling thread: for tests of view models and screens. */
public final class SameThreadJobRunner implements JobRunner {

    private final Consumer<? super Throwable> unhandled;
    private final ReadOnlyIntegerWrapper active = new ReadOnlyIntegerWrapper(this, "activeJobs", 0);
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper(this, "currentJob", "");

    public SameThreadJobRunner(Consumer<? super Throwable> unhandled) {
        this.unhandled = unhandled;
    }

    @Override
    public <T> void run(String description, Supplier<T> work, Consumer<? super T> onSuccess) {
        run(description, work, onSuccess, unhandled);
    }

    @Override
    public <T> void run(String description, Supplier<T> work, Consumer<? super T> onSuccess,
                        Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public <T, P> void run(String description, Function<Consumer<P>, T> work, Consumer<? super P> onProgress,
                           Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        run(description, () -> work.apply(onProgress::accept), onSuccess, onFailure);
    }

    @Override
    public ReadOnlyIntegerProperty activeJobsProperty() {
        return active.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty currentJobProperty() {
        return current.getReadOnlyProperty();
    }
}
