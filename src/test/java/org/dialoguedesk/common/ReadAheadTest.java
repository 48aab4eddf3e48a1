package org.dialoguedesk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Items made on a thread of their own reach the caller in order, with a share of its work when it is behind. */
class ReadAheadTest {

    @Test
    void aSlowCallerGetsEveryItemInOrderAndTheProducerDoesItsShareOfTheWork() throws InterruptedException {
        Set<String> sharedOn = ConcurrentHashMap.newKeySet();
        CountDownLatch helped = new CountDownLatch(1);
        List<Integer> got = new ArrayList<>();
        ReadAhead.<Integer>forEach(sink -> IntStream.range(0, 20).forEach(sink::accept), 2, item -> {
            sharedOn.add(Thread.currentThread().getName());
            helped.countDown();
        }, item -> {
            got.add(item);
            // the caller stays on its first item until the producer, finding items waiting, has shared its work
            await(item == 0 ? helped : new CountDownLatch(0));
        }, "test-ahead");
        assertEquals(IntStream.range(0, 20).boxed().toList(), got);
        assertEquals(0, helped.getCount(), "a caller that is behind gets help from the producer");
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

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS), "the producer never shared its work");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
