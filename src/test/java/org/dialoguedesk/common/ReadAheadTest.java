package org.dialoguedesk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Items made on a thread of their own reach the caller in order, with a share of its work when it is behind. */
class ReadAheadTest {

    @Test
    void aSlowCallerGetsEveryItemInOrderAndTheProducerDoesItsShareOfTheWork() {
        Set<String> sharedOn = ConcurrentHashMap.newKeySet();
        List<Integer> shared = new ArrayList<>();
        List<Integer> got = new ArrayList<>();
        ReadAhead.<Integer>forEach(sink -> IntStream.range(0, 20).forEach(sink::accept), 2, item -> {
            sharedOn.add(Thread.currentThread().getName());
            synchronized (shared) {
                shared.add(item);
            }
        }, item -> {
            got.add(item);
            sleep(5);
        }, "test-ahead");
        assertEquals(IntStream.range(0, 20).boxed().toList(), got);
        assertFalse(shared.isEmpty(), "a caller that sleeps on every item falls behind, and the producer helps");
        assertEquals(Set.of("test-ahead"), sharedOn, "the share is done on the producing thread");
    }

    @Test
    void aFailureOfTheProducerReachesTheCaller() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ReadAhead.<Integer>forEach(sink -> {
            sink.accept(1);
            throw new IllegalStateException("the file is cut off");
        }, 2, item -> { }, "test-ahead"));
        assertTrue(e.getMessage().contains("cut off"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
