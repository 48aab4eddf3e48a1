package org.dialoguedesk.exchange.bag;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Runs a payload writer on a thread of its own while the calling thread compresses (and encrypts) what it
 * writes: a large export reads the database and writes JSON on one core while the other deflates. The
 * bytes pass in chunks through a bounded queue; {@code java.io.PipedInputStream} would make each side wait
 * for the other to fill or empty its whole buffer, so the two would take turns instead of overlapping.
 */
final class Piped {

    private static final int CHUNK = 1 << 16;
    private static final int CHUNKS_AHEAD = 32;
    private static final byte[] END = new byte[0];

    private Piped() {
    }

    /** Writes what {@code file} makes to {@code out}; a failure on either side stops both and is thrown here. */
    static void write(PayloadWriter file, OutputStream out) throws IOException {
        BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
        CompletableFuture<Void> producer = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try (ChunkStream chunks = new ChunkStream(queue)) {
                file.writeTo(chunks);
                producer.complete(null);
            } catch (Throwable t) {
                producer.completeExceptionally(t);
            } finally {
                try {
                    queue.put(END);
                } catch (InterruptedException e) {
                    // the calling thread stopped reading: nobody waits for the end
                }
            }
        }, "bundle-payload-" + file.path());
        thread.setDaemon(true);
        thread.start();
        try {
            for (byte[] chunk = queue.take(); chunk != END; chunk = queue.take()) {
                out.write(chunk);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing " + file.path(), e);
        } finally {
            thread.interrupt();
        }
        try {
            producer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing " + file.path(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new UncheckedIOException(new IOException(cause));
        }
    }

    /** Collects the writer's bytes into chunks and hands each full chunk to the queue. */
    private static final class ChunkStream extends OutputStream {

        private final BlockingQueue<byte[]> queue;
        private byte[] chunk = new byte[CHUNK];
        private int used;

        ChunkStream(BlockingQueue<byte[]> queue) {
            this.queue = queue;
        }

        @Override
        public void write(int b) throws IOException {
            if (used == chunk.length) {
                hand();
            }
            chunk[used++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (used == chunk.length) {
                    hand();
                }
                int n = Math.min(len, chunk.length - used);
                System.arraycopy(b, off, chunk, used, n);
                used += n;
                off += n;
                len -= n;
            }
        }

        @Override
        public void close() throws IOException {
            if (used > 0) {
                hand();
            }
        }

        private void hand() throws IOException {
            try {
                queue.put(used == chunk.length ? chunk : Arrays.copyOf(chunk, used));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("the bundle writer stopped", e);
            }
            chunk = new byte[CHUNK];
            used = 0;
        }
    }
}
