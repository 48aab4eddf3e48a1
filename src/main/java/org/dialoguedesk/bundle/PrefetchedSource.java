package org.dialoguedesk.bundle;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Reads a source's records on a thread of its own, a few ahead of the caller, so that reading and checking a
 * bundle's JSON on one core overlaps with the store writing the records before them on the other. The
 * records come in the source's order; a failure on the reading side is thrown to the caller.
 */
public final class PrefetchedSource implements RecordSource {

    private static final Object END = new Object();

    private final RecordSource source;
    private final int ahead;

    public PrefetchedSource(RecordSource source, int ahead) {
        this.source = source;
        this.ahead = ahead;
    }

    @Override
    public void forEach(Consumer<? super BundleRecord> each) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(ahead);
        Throwable[] failure = {null};
        Thread reader = new Thread(() -> {
            try {
                source.forEach(r -> put(queue, r));
            } catch (Throwable t) {
                failure[0] = t;
            }
            try {
                queue.put(END);
            } catch (InterruptedException e) {
                // the caller stopped reading: nobody waits for the end
            }
        }, "records-ahead");
        reader.setDaemon(true);
        reader.start();
        try {
            for (Object next = queue.take(); next != END; next = queue.take()) {
                each.accept((BundleRecord) next);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading records", e);
        } finally {
            // a caller that stopped early (its write failed) leaves the reader blocked: free it
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
            throw new IllegalStateException("the reader of records was stopped", e);
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
