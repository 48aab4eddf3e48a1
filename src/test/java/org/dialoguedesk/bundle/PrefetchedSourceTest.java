package org.dialoguedesk.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dialoguedesk.common.BundleException;
import org.junit.jupiter.api.Test;

class PrefetchedSourceTest {

    private static List<BundleRecord> records(int n) {
        List<BundleRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(BundleRecord.live(RecordKind.ORGANISATION, new UUID(0, i), Map.of("n", (long) i),
                    VersionClock.empty().bump("a")));
        }
        return out;
    }

    @Test
    void givesEveryRecordInTheSourcesOrderEachTime() {
        List<BundleRecord> all = records(500);
        PrefetchedSource ahead = new PrefetchedSource(all::forEach, 4);
        for (int pass = 0; pass < 2; pass++) {
            List<BundleRecord> seen = new ArrayList<>();
            ahead.forEach(seen::add);
            assertEquals(all, seen);
        }
    }

    @Test
    void aFailureWhileReadingReachesTheCallerAfterTheRecordsBeforeIt() {
        List<BundleRecord> all = records(10);
        BundleException broken = new BundleException(BundleException.Reason.INVALID, "bundle.container.notZip");
        RecordSource failing = each -> {
            all.forEach(each);
            throw broken;
        };
        List<BundleRecord> seen = new ArrayList<>();

        BundleException e = assertThrows(BundleException.class, () -> new PrefetchedSource(failing, 2).forEach(seen::add));

        assertSame(broken, e);
        assertEquals(all, seen);
    }

    @Test
    void aCallerThatStopsLeavesNoReaderBehindAndItsOwnErrorStands() {
        IllegalStateException stop = new IllegalStateException("the store refused");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new PrefetchedSource(records(1_000)::forEach, 2).forEach(r -> {
                    throw stop;
                }));
        assertSame(stop, e);
        long until = System.nanoTime() + 5_000_000_000L;
        while (readerAlive() && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertEquals(false, readerAlive(), "the reading thread ended");
    }

    private static boolean readerAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("records-ahead") && t.isAlive());
    }
}
