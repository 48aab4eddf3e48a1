package org.dialoguedesk.app;

import java.util.Arrays;
import java.util.Locale;

/** Median and slowest of several timed runs of a scenario (after one warm-up run), and the heap seen. */
record BenchTiming(long medianNanos, long maxNanos, long heapBytes) {

    static BenchTiming of(BenchScenario scenario, int runs) {
        scenario.beforeEach();
        scenario.runOnce(); // warm-up
        long[] nanos = new long[runs];
        long peakHeap = 0;
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < runs; i++) {
            scenario.beforeEach();
            long start = System.nanoTime();
            scenario.runOnce();
            nanos[i] = System.nanoTime() - start;
            peakHeap = Math.max(peakHeap, rt.totalMemory() - rt.freeMemory());
        }
        Arrays.sort(nanos);
        return new BenchTiming(nanos[runs / 2], nanos[runs - 1], peakHeap);
    }

    double medianMillis() {
        return medianNanos / 1e6;
    }

    /** {@code NAME median=…ms max=…ms heap=…MB}. */
    String line(String name) {
        return String.format(Locale.ROOT, "%s median=%.1fms max=%.1fms heap=%dMB", name, medianNanos / 1e6,
                maxNanos / 1e6, heapBytes / (1024 * 1024));
    }
}
