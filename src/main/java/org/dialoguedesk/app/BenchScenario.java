package org.dialoguedesk.app;

/** One timed scenario of {@code bench}: prepared once, then run repeatedly. */
interface BenchScenario extends AutoCloseable {

    void prepare();

    /** Untimed set-up before each timed run (e.g. a fresh copy of a file). */
    default void beforeEach() {
    }

    /** One timed unit of work. */
    void runOnce();

    @Override
    void close();
}
