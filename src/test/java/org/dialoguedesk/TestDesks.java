package org.dialoguedesk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.dialoguedesk.app.Desk;

/** Desks on real SQLite files for tests, with a fixed clock so dates in assertions are stable. */
public final class TestDesks {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    private TestDesks() {
    }

    /** A new database filled with the sample rosters, as on a first start. */
    public static Desk withSampleData(Path folder) {
        return Desk.open(folder.resolve("desk.db"), false, CLOCK);
    }

    /** A new database with only the reference data (countries). */
    public static Desk empty(Path folder) {
        return Desk.open(folder.resolve("desk.db"), true, CLOCK);
    }
}
