package org.dialoguedesk.exchange.bag;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.Consumer;
import org.dialoguedesk.common.ReadAhead;

/**
 * Runs a payload writer on a thread of its own while the calling thread compresses (and encrypts) what it
 * writes: a large export reads the database and writes JSON on one core while the other deflates. The
 * bytes pass in chunks, a bounded number ahead ({@link ReadAhead}); {@code java.io.PipedInputStream} would
 * make each side wait for the other to fill or empty its whole buffer, so the two would take turns
 * instead of overlapping.
 */
final class Piped {

    private static final int CHUNK = 1 << 16;
    private static final int CHUNKS_AHEAD = 32;

    private Piped() {
    }

    /** Writes what {@code file} makes to {@code out}; a failure on either side stops both and is thrown here. */
    static void write(PayloadWriter file, OutputStream out) throws IOException {
        try {
            ReadAhead.<byte[]>forEach(sink -> {
                try (ChunkStream chunks = new ChunkStream(sink)) {
                    file.writeTo(chunks);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, CHUNKS_AHEAD, chunk -> {
                try {
                    out.write(chunk);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, "bundle-payload-" + file.path());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Collects the writer's bytes into chunks and hands on each full one. */
    private static final class ChunkStream extends OutputStream {

        private final Consumer<byte[]> sink;
        private byte[] chunk = new byte[CHUNK];
        private int used;

        ChunkStream(Consumer<byte[]> sink) {
            this.sink = sink;
        }

        @Override
        public void write(int b) {
            if (used == chunk.length) {
                hand();
            }
            chunk[used++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
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
        public void close() {
            if (used > 0) {
                hand();
            }
        }

        private void hand() {
            sink.accept(used == chunk.length ? chunk : Arrays.copyOf(chunk, used));
            chunk = new byte[CHUNK];
            used = 0;
        }
    }
}
