package org.dialoguedesk.common;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Runs a producer of items on a thread of its own, a few items ahead of the caller, so that reading (a
 * bundle's JSON, the store's rows) on one core overlaps with what the caller does with the items before
 * on the other. The items come in the producer's order; a failure of the producer is thrown to the
 * caller, and a caller that stops early (its own work failed) stops the producer: no thread is left behind.
 */
public final class ReadAhead {

    private static final Object END = new Object();

    private ReadAhead() {
    }

    /** A producer: gives each item in turn to the sink it is handed. */
    @FunctionalInterface
    public interface Producer<T> {
        void produce(Consumer<T> sink);
    }

    /**
     * Gives the producer's items to {@code each}, in order, with up to {@code ahead} made beforehand.
     *
     * @param name the producing thread's name (it shows in thread dumps and profiles)
     */
    public static <T> void forEach(Producer<T> producer, int ahead, Consumer<? super T> each, String name) {
        forEach(producer, ahead, item -> { }, each, name);
    }

    /**
     * The same, with a share of the caller's work done on the producing thread when the caller is the slower
     * side: an item made while others still wait in the queue gets {@code share} before it joins them, so
     * both cores stay busy whichever side has more to do. {@code share} must be work the caller then finds
     * done (a value the item keeps once worked out).
     */
    @SuppressWarnings("unchecked")
    public static <T> void forEach(Producer<T> producer, int ahead, Consumer<? super T> share, Consumer<? super T> each,
            String name) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(ahead);
        Throwable[] failure = {null};
        Thread reader = new Thread(() -> {
            try {
                producer.produce(item -> {
                    if (!queue.isEmpty()) {
                        share.accept(item);
                    }
                    put(queue, item);
                });
            } catch (Throwable t) {
                failure[0] = t;
            }
            try {
                queue.put(END);
            } catch (InterruptedException e) {
                // the caller stopped reading: nobody waits for the end
            }
        }, name);
        reader.setDaemon(true);
        reader.start();
        try {
            for (Object next = queue.take(); next != END; next = queue.take()) {
                each.accept((T) next);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        } finally {
            // a caller that stopped early leaves the producer blocked on a full queue: free it
            reader.interrupt();
        }
        join(reader);
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
    }

    private static void put(BlockingQueue<Object> queue, Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the producer was stopped", e);
        }
    }

    private static void join(Thread reader) {
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
