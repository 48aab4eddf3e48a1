package org.dialoguedesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import org.dialoguedesk.app.Desk;

/**
 * Desks on real SQLite files for tests, with a fixed clock so dates in assertions are stable. Filling a
 * new desk with the sample data takes a second or more, hundreds of times in a run: each kind of desk is
 * made once per test run, closed, and its file copied for every test, which then opens its own copy as
 * the application opens an existing file.
 */
public final class TestDesks {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    private enum Kind { SAMPLE, EMPTY }

    private static final Map<Kind, Path> MADE = new EnumMap<>(Kind.class);

    private TestDesks() {
    }

    /** A database filled with the sample data, as on a first start. */
    public static Desk withSampleData(Path folder) {
        return copyOf(Kind.SAMPLE, folder);
    }

    /**
     * A database filled with the sample data by this very call: its records have ids of their own, as on
     * another officer's laptop, where a copy would share every id with the other desks of the run.
     */
    public static Desk anotherWithSampleData(Path folder) {
        return Desk.open(folder.resolve("desk.db"), false, CLOCK);
    }

    /** A database with only the reference data (countries). */
    public static Desk empty(Path folder) {
        return copyOf(Kind.EMPTY, folder);
    }

    /**
     * A copy in a folder that can take one; a desk already there is opened as it is, and a folder that
     * cannot take a file is left to the application to report.
     */
    private static Desk copyOf(Kind kind, Path folder) {
        Path file = folder.resolve("desk.db");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            return Desk.open(file, kind == Kind.EMPTY, CLOCK);
        }
        if (Files.isWritable(folder) && !Files.exists(file)) {
            try {
                Files.copy(made(kind), file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Desk.open(file, kind == Kind.EMPTY, CLOCK);
    }

    private static synchronized Path made(Kind kind) throws IOException {
        Path made = MADE.get(kind);
        if (made == null) {
            Path dir = Files.createTempDirectory("dialogue-desk-test-" + kind.name().toLowerCase());
            made = dir.resolve("desk.db");
            // closing checkpoints the write-ahead log into the file: the copy is the whole desk
            Desk.open(made, kind == Kind.EMPTY, CLOCK).close();
            dir.toFile().deleteOnExit();
            for (Path p : Files.list(dir).toList()) {
                p.toFile().deleteOnExit();
            }
            MADE.put(kind, made);
        }
        return made;
    }
}
