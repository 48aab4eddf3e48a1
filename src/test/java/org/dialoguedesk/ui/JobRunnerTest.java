package org.dialoguedesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.dialoguedesk.common.DeskException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class JobRunnerTest {

    @Test
    void workRunsOnTheStoreThreadAndCallbacksOnTheFxThread() throws Exception {
        List<Throwable> unhandled = new ArrayList<>();
        FxJobRunner jobs = new FxJobRunner(unhandled::add);
        AtomicReference<String> workThread = new AtomicReference<>();
        AtomicReference<Boolean> callbackOnFx = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> jobs.run("work", () -> {
            workThread.set(Thread.currentThread().getName());
            return 42;
        }, r -> callbackOnFx.set(Platform.isFxApplicationThread() && r == 42))).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> callbackOnFx.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("store", workThread.get());
        assertTrue(callbackOnFx.get());
        assertEquals(0, jobs.activeJobsProperty().get());
        jobs.close();
    }

    @Test
    void failureWithoutHandlerGoesToTheRunnersErrorHandler() throws Exception {
        List<Throwable> unhandled = new ArrayList<>();
        FxJobRunner jobs = new FxJobRunner(unhandled::add);
        WaitForAsyncUtils.asyncFx(() -> jobs.run("fail", () -> {
            throw new DeskException("no");
        }, r -> { })).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !unhandled.isEmpty());
        assertInstanceOf(DeskException.class, unhandled.get(0));
        jobs.close();
    }

    @Test
    void sameThreadRunnerRunsAtOnce() {
        List<Object> seen = new ArrayList<>();
        SameThreadJobRunner jobs = new SameThreadJobRunner(seen::add);
        jobs.run("now", () -> "done", seen::add);
        jobs.run("fail", () -> {
            throw new DeskException("bad");
        }, seen::add);
        assertEquals("done", seen.get(0));
        assertInstanceOf(DeskException.class, seen.get(1));
    }
}
