package org.dialoguedesk.app;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The peak heap of one piece of work: the sum of the heap pools' peak usage since {@link #start()},
 * which collects first so the garbage of earlier work does not count. Sampling used memory after the
 * work would miss the peak in the middle of it.
 */
final class HeapPeak {

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();

    /** Collects garbage, then starts measuring afresh. */
    HeapPeak start() {
        System.gc();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        return this;
    }

    /** The peak since {@link #start()}, in megabytes. */
    long megabytes() {
        return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    /** The largest heap the JVM may use, in megabytes (what {@code -Xmx} set). */
    static long maxMegabytes() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }
}
