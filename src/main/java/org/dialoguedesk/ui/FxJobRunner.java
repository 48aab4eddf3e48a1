package org.dialoguedesk.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's job runner: one daemon "store" thread owns the database connection (SQLite has one
 * writer, and the desk's connection is not shared), so jobs never overlap and finish in order.
 * Submit from the FX thread.
 */
public final class FxJobRunner implements JobRunner, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxJobRunner.class);

    private final ExecutorService store = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "store");
        t.setDaemon(true);
        return t;
    });
    private final Consumer<? super Throwable> unhandled;
    private final ReadOnlyIntegerWrapper active = new ReadOnlyIntegerWrapper(this, "activeJobs", 0);
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper(this, "currentJob", "");

    public FxJobRunner(Consumer<? super Throwable> unhandled) {
        this.unhandled = unhandled;
    }

    @Override
    public <T> void run(String description, Supplier<T> work, Consumer<? super T> onSuccess) {
        run(description, work, onSuccess, unhandled);
    }

    @Override
    public <T> void run(String description, Supplier<T> work, Consumer<? super T> onSuccess,
                        Consumer<? super Throwable> onFailure) {
        active.set(active.get() + 1);
        current.set(description);
        store.execute(() -> {
            try {
                T result = work.get();
                Platform.runLater(() -> {
                    finished();
                    onSuccess.accept(result);
                });
            } catch (ValidationException e) {
                // a refusal the screen shows next to the fields: nothing went wrong
                Platform.runLater(() -> {
                    finished();
                    onFailure.accept(e);
                });
            } catch (RuntimeException | Error e) {
                if (e instanceof DeskException) {
                    LOG.info("Job \"{}\" refused: {}", description, e.getMessage());
                } else {
                    LOG.warn("Job \"{}\" failed", description, e);
                }
                Platform.runLater(() -> {
                    finished();
                    onFailure.accept(e);
                });
            }
        });
    }

    @Override
    public <T, P> void run(String description, Function<Consumer<P>, T> work, Consumer<? super P> onProgress,
                           Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        // reports are queued on the FX thread in order, so the last one lands before the success callback
        run(description, () -> work.apply(p -> Platform.runLater(() -> onProgress.accept(p))), onSuccess, onFailure);
    }

    private void finished() {
        active.set(active.get() - 1);
        if (active.get() == 0) {
            current.set("");
        }
    }

    /** Runs a last piece of work on the store thread (closing the desk) and waits for it, briefly. */
    public void shutdown(Runnable last) {
        store.execute(last);
        store.shutdown();
        try {
            if (!store.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("The store thread did not finish within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        shutdown(() -> { });
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
