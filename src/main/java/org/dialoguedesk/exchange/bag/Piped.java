package org.dialoguedesk.exchange.bag;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Runs a payload writer on a thread of its own while the calling thread compresses (and encrypts) what it
 * writes: a large export reads the database and writes JSON on one core while the other deflates.
 */
final class Piped {

    private static final int BUFFER = 1 << 20;

    private Piped() {
    }

    /** Writes what {@code file} makes to {@code out}; a failure on either side stops both and is thrown here. */
    static void write(PayloadWriter file, OutputStream out) throws IOException {
        PipedInputStream in = new PipedInputStream(BUFFER);
        PipedOutputStream pipe = new PipedOutputStream(in);
        CompletableFuture<Void> producer = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try (pipe) {
                file.writeTo(pipe);
                producer.complete(null);
            } catch (Throwable t) {
                producer.completeExceptionally(t);
            }
        }, "bundle-payload-" + file.path());
        thread.setDaemon(true);
        thread.start();
        try (InputStream from = in) {
            from.transferTo(out);
        } catch (IOException e) {
            // the producer's failure, if any, says more than the broken pipe it caused
            if (!producer.isCompletedExceptionally()) {
                throw e;
            }
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
}
