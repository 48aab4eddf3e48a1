package org.dialoguedesk.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dialoguedesk.bundle.RecordKind;
import org.dialoguedesk.common.DeskException;

/**
 * {@code bundle-export} and {@code bundle-import}: the whole of a large generated desk
 * ({@link GeneratedExchangeDesk}) exported as an encrypted exchange bundle, then imported into a fresh,
 * empty desk (another installation), each through the {@code bundle export} / {@code bundle import}
 * commands exactly as an officer runs them (opening the database included). Targets of issue 7: under
 * 10 s each, peak heap under 512 MB. The desk is generated once, untimed, and shared by both scenarios.
 * Each scenario has a warm-up run, then {@code --runs} timed runs; the peak heap is the largest of the
 * runs' peaks ({@link HeapPeak}).
 */
final class BundleBench {

    static final double TARGET_MS = 10_000;
    static final long TARGET_HEAP_MB = 512;
    private static final String PASSPHRASE = "bench passphrase, as long as an officer's";

    private final Path folder;
    private final GeneratedExchangeDesk.Size size;
    private final Path source;
    private final Path bundle;
    private final Path passphrase;
    private String generated;
    private boolean exported;
    private int importRun;

    BundleBench(Path folder, GeneratedExchangeDesk.Size size) {
        this.folder = folder.resolve("bundle");
        this.size = size;
        this.source = this.folder.resolve("source.db");
        this.bundle = this.folder.resolve("desk.ddbundle");
        this.passphrase = this.folder.resolve("passphrase.txt");
    }

    /** {@code bundle-export}: the whole generated desk to one encrypted exchange bundle. */
    BenchCommand.Report export() {
        return runs -> {
            generate();
            String[] args = {"--db", source.toString(), "bundle", "export", "--scope", "exchange",
                "--passphrase-file", passphrase.toString(), "--out", bundle.toString()};
            Measured m = measure(runs, () -> { }, () -> command(args));
            if (m.failure().isPresent()) {
                return List.of(m.line("bundle-export", "generated: " + generated));
            }
            exported = true;
            return List.of(m.line("bundle-export", String.format(Locale.ROOT, "encrypted bundle=%.1fMB; records: %s; "
                    + "generated: %s", megabytes(bundle), counts(source), generated)));
        };
    }

    /** {@code bundle-import}: that bundle into a new empty desk each run (made before the run, untimed). */
    BenchCommand.Report importing() {
        return runs -> {
            generate();
            if (!exported) {
                try {
                    command("--db", source.toString(), "bundle", "export", "--scope", "exchange",
                            "--passphrase-file", passphrase.toString(), "--out", bundle.toString());
                    exported = true;
                } catch (OutOfMemoryError e) {
                    return List.of(String.format(Locale.ROOT, "bundle-import not run: exporting the bundle to import ran "
                            + "out of heap (%s; max heap %dMB; generated: %s)", e.getMessage(), HeapPeak.maxMegabytes(),
                            generated));
                }
            }
            Path[] target = new Path[1];
            Measured m = measure(runs, () -> target[0] = freshDesk(), () -> command("--db", target[0].toString(),
                    "bundle", "import", bundle.toString(), "--passphrase-file", passphrase.toString()));
            return List.of(m.line("bundle-import", m.failure().isPresent() ? "each into a fresh empty desk"
                    : "each into a fresh empty desk; the last holds: " + counts(target[0])));
        };
    }

    private void generate() {
        if (generated != null) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Files.writeString(passphrase, PASSPHRASE + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        generated = size.describe() + " (took " + GeneratedExchangeDesk.createApart(source, size) + ")";
    }

    private Path freshDesk() {
        Path file = folder.resolve("import-" + importRun++).resolve("desk.db");
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Desk.open(file, true).close();
        return file;
    }

    /** Runs one command of the application as from the command line; anything but success stops the bench. */
    private static void command(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        if (code != Main.OK) {
            throw new DeskException("bench: " + String.join(" ", args) + " ended with " + code + ": " + err);
        }
    }

    /** Records per kind in a desk, as {@code Bundle-Counts} says them. */
    private static String counts(Path desk) {
        try (Desk d = Desk.open(desk, true)) {
            Map<RecordKind, Integer> byKind = new EnumMap<>(RecordKind.class);
            d.recordMerge().records(EnumSet.allOf(RecordKind.class), r -> byKind.merge(r.kind(), 1, Integer::sum));
            return BundleExportCommand.counts(byKind);
        }
    }

    private static double megabytes(Path file) {
        try {
            return Files.size(file) / (1024.0 * 1024.0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A warm-up run, then the timed runs. Running out of heap is a result here, not a crash: it ends the
     * scenario with what was measured until then, and the work's references are gone once it unwinds.
     */
    private static Measured measure(int runs, Runnable before, Runnable work) {
        long[] nanos = new long[runs];
        long peak = 0;
        try (HeapPeak heap = new HeapPeak()) {
            for (int i = -1; i < runs; i++) {
                before.run();
                heap.start();
                long start = System.nanoTime();
                try {
                    work.run();
                } catch (OutOfMemoryError e) {
                    String when = i < 0 ? "the warm-up run" : "timed run " + (i + 1);
                    return new Measured(0, 0, heap.megabytes(), runs, Optional.of(when + " ran out of heap ("
                            + e.getMessage() + ") after " + Math.round((System.nanoTime() - start) / 1e6) + "ms"));
                }
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - start;
                    peak = Math.max(peak, heap.megabytes());
                }
            }
        }
        Arrays.sort(nanos);
        return new Measured(nanos[runs / 2] / 1e6, nanos[runs - 1] / 1e6, peak, runs, Optional.empty());
    }

    /** Times and peak heap of the runs, or why they stopped. */
    private record Measured(double medianMs, double maxMs, long peakMb, int runs, Optional<String> failure) {
        String line(String name, String what) {
            if (failure.isPresent()) {
                return String.format(Locale.ROOT, "%s FAILED: %s; peak-heap=%dMB target<%dMB MISSED target<%.0fms "
                        + "not measured (%s) (max heap %dMB)", name, failure.get(), peakMb, TARGET_HEAP_MB, TARGET_MS,
                        what, HeapPeak.maxMegabytes());
            }
            return String.format(Locale.ROOT, "%s median=%.1fms max=%.1fms target<%.0fms %s peak-heap=%dMB target<%dMB %s "
                            + "(runs=%d after a warm-up; %s) (max heap %dMB)", name, medianMs, maxMs, TARGET_MS,
                    maxMs < TARGET_MS ? "ok" : "MISSED", peakMb, TARGET_HEAP_MB, peakMb < TARGET_HEAP_MB ? "ok" : "MISSED",
                    runs, what, HeapPeak.maxMegabytes());
        }
    }
}
