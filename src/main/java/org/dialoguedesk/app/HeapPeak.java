package org.dialoguedesk.app;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The peak heap of one piece of work: the most the heap held at any one moment since {@link #start()}.
 * The heap is fullest just before a collection, so this takes the heap's total at the start of every
 * collection during the work (as the collector reports it), and the total at the end. Adding up each
 * pool's own peak instead would overstate it: the pools peak at different moments (the young pool just
 * before a collection, the old one after it), and that sum can even exceed {@code -Xmx}.
 */
final class HeapPeak implements AutoCloseable {

    private static final long MB = 1024 * 1024;

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final List<NotificationEmitter> collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
            .filter(NotificationEmitter.class::isInstance).map(NotificationEmitter.class::cast).toList();
    private final AtomicLong peakBytes = new AtomicLong();
    private final NotificationListener listener = this::collected;
    private boolean listening;

    /** Collects garbage, then starts measuring afresh. */
    HeapPeak start() {
        if (!listening) {
            collectors.forEach(c -> c.addNotificationListener(listener, null, null));
            listening = true;
        }
        System.gc();
        peakBytes.set(usedNow());
        return this;
    }

    /** The peak since {@link #start()}, in megabytes. */
    long megabytes() {
        return Math.max(peakBytes.get(), usedNow()) / MB;
    }

    @Override
    public void close() {
        if (listening) {
            for (NotificationEmitter c : collectors) {
                try {
                    c.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // never added to this one
                }
            }
            listening = false;
        }
    }

    /** The largest heap the JVM may use, in megabytes (what {@code -Xmx} set). */
    static long maxMegabytes() {
        return Runtime.getRuntime().maxMemory() / MB;
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        Map<String, MemoryUsage> before = GarbageCollectionNotificationInfo
                .from((CompositeData) notification.getUserData()).getGcInfo().getMemoryUsageBeforeGc();
        long total = before.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
        peakBytes.accumulateAndGet(total, Math::max);
    }

    private static long usedNow() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
