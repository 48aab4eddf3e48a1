package org.dialoguedesk.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class VersionClockTest {

    private static final VersionClock A1 = VersionClock.of(Map.of("a", 1L));
    private static final VersionClock A1B1 = VersionClock.of(Map.of("a", 1L, "b", 1L));
    private static final VersionClock A2 = VersionClock.of(Map.of("a", 2L));

    @Test
    void aClockBumpedElsewhereIsAfterTheOneItCameFrom() {
        assertEquals(ClockOrder.AFTER, A1B1.compareTo(A1));
        assertEquals(ClockOrder.BEFORE, A1.compareTo(A1B1));
        assertEquals(ClockOrder.EQUAL, A1.compareTo(VersionClock.of(Map.of("a", 1L))));
    }

    @Test
    void clocksBumpedOnTwoDesksApartAreConcurrent() {
        assertEquals(ClockOrder.CONCURRENT, A2.compareTo(A1B1));
        assertEquals(ClockOrder.CONCURRENT, A1B1.compareTo(A2));
    }

    @Test
    void mergeIsThePointwiseMaximumAndIsAfterBoth() {
        VersionClock merged = A2.merge(A1B1);
        assertEquals(VersionClock.of(Map.of("a", 2L, "b", 1L)), merged);
        assertEquals(ClockOrder.AFTER, merged.compareTo(A2));
        assertEquals(ClockOrder.AFTER, merged.compareTo(A1B1));
    }

    @Test
    void bumpCountsOneMoreChangeForTheInstallation() {
        assertEquals(2L, A1.bump("a").counter("a"));
        assertEquals(1L, VersionClock.empty().bump("z").counter("z"));
        assertEquals(ClockOrder.BEFORE, VersionClock.empty().compareTo(A1));
    }

    @Test
    void textFormRoundTripsWithInstallationsSorted() {
        VersionClock clock = VersionClock.of(Map.of("zeta", 3L, "alpha", 12L));
        assertEquals("alpha=12;zeta=3", clock.toText());
        assertEquals(clock, VersionClock.parse(clock.toText()));
        assertTrue(VersionClock.parse("").isEmpty());
    }

    @Test
    void malformedClocksAreRefusedWithWhatIsWrong() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VersionClock.parse("a=x"));
        assertTrue(e.getMessage().contains("a=x"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> VersionClock.parse("a=0"));
        assertThrows(IllegalArgumentException.class, () -> VersionClock.of(Map.of("a;b", 1L)));
    }
}
