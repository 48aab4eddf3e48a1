package org.dialoguedesk.ui;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Runs database work away from the FX thread (JabRef's BackgroundTask + UiTaskExecutor, cut down):
 * the work runs on one store thread, in submission order; its callbacks run on the FX thread.
 * A failure with no handler of its own goes to the runner's error handler (an alert in the window).
 */
public interface JobRunner {

    /**
     * @param description what the status bar says while the job runs
     * @param onFailure called on the FX thread with the failure
     */
    <T> void run(String description, Supplier<T> work, Consumer<? super T> onSuccess,
                 Consumer<? super Throwable> onFailure);

    /** As above; a failure goes to the runner's error handler. */
    <T> void run(String description, Supplier<T> work, Consumer<? super T> onSuccess);

    /**
     * A long job that says how far it got: the work is handed a reporter it may call from the store
     * thread, and each report reaches {@code onProgress} on the FX thread, before {@code onSuccess}.
     */
    <T, P> void run(String description, Function<Consumer<P>, T> work, Consumer<? super P> onProgress,
                    Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Number of jobs submitted and not yet finished (read on the FX thread). */
    ReadOnlyIntegerProperty activeJobsProperty();

    /** The description of the newest running job, empty when idle. */
    ReadOnlyStringProperty currentJobProperty();
}
