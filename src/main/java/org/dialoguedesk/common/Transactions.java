package org.dialoguedesk.common;

import java.util.function.Supplier;

/** Runs work all-or-nothing: if the work throws, nothing it wrote is kept. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
