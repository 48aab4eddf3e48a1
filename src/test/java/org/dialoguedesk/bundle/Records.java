package org.dialoguedesk.bundle;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Small records for the bundle core's tests. */
final class Records {

    static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private Records() {
    }

    static VersionClock clock(Object... installationsAndCounts) {
        Map<String, Long> counters = new LinkedHashMap<>();
        for (int i = 0; i < installationsAndCounts.length; i += 2) {
            counters.put((String) installationsAndCounts[i], ((Number) installationsAndCounts[i + 1]).longValue());
        }
        return VersionClock.of(counters);
    }

    static BundleRecord contact(String name, String phone, VersionClock clock) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("phones", phone);
        return BundleRecord.live(RecordKind.CONTACT, ID, fields, clock);
    }
}
