package org.dialoguedesk.bundle;

import static org.dialoguedesk.bundle.Records.clock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ImportPreviewTest {

    private final Map<RecordKey, BundleRecord> local = new HashMap<>();

    private static BundleRecord org(int n, String name, VersionClock clock) {
        return BundleRecord.live(RecordKind.ORGANISATION, new UUID(0, n), Map.of("name_en", name), clock);
    }

    private void keep(BundleRecord r) {
        local.put(r.key(), r);
    }

    private ImportPreview preview(List<BundleRecord> incoming) {
        return ImportPreview.of(incoming, key -> Optional.ofNullable(local.get(key)));
    }

    @Test
    void countsEachKindByClassAndListsTheConflicts() {
        keep(org(2, "IOM", clock("a", 1)));
        keep(org(3, "ICMPD", clock("a", 1)));
        keep(org(4, "UNHCR", clock("a", 2)));
        keep(org(5, "ILO", clock("a", 2)));
        ImportPreview preview = preview(List.of(org(1, "UNODC", clock("b", 1)), org(2, "IOM", clock("b", 1)),
                org(3, "ICMPD Vienna", clock("a", 1, "b", 1)), org(4, "UNHCR old", clock("a", 1)),
                org(5, "ILO Geneva", clock("a", 1, "b", 1))));
        assertEquals(1, preview.count(RecordKind.ORGANISATION, MergeClass.NEW));
        assertEquals(1, preview.count(RecordKind.ORGANISATION, MergeClass.UNCHANGED));
        assertEquals(1, preview.count(RecordKind.ORGANISATION, MergeClass.UPDATED));
        assertEquals(1, preview.count(RecordKind.ORGANISATION, MergeClass.LOCAL_NEWER));
        assertEquals(1, preview.count(MergeClass.CONFLICT));
        assertEquals(0, preview.count(RecordKind.CONTACT, MergeClass.NEW));
        assertEquals(List.of(new FieldDifference("name_en", "ILO", "ILO Geneva")),
                preview.conflicts().get(0).differences());
    }

    @Test
    void changesHoldNewUpdatedResolvedAndNewlyMergedClocksOnly() {
        keep(org(2, "IOM", clock("a", 1)));
        keep(org(4, "UNHCR", clock("a", 2)));
        keep(org(5, "ILO", clock("a", 2)));
        BundleRecord fresh = org(1, "UNODC", clock("b", 1));
        ImportPreview preview = preview(List.of(fresh, org(2, "IOM", clock("b", 1)), org(4, "UNHCR old", clock("a", 1)),
                org(5, "ILO Geneva", clock("a", 1, "b", 1))));
        Conflict conflict = preview.conflicts().get(0);
        BundleRecord resolved = conflict.resolveAll(ConflictChoice.INCOMING, "a");
        List<BundleRecord> changes = preview.changes(Map.of(conflict.key(), resolved));
        assertEquals(List.of(fresh, org(2, "IOM", clock("a", 1, "b", 1)), resolved), changes);
    }

    @Test
    void changesAreRefusedWhileAConflictHasNoResolution() {
        keep(org(5, "ILO", clock("a", 2)));
        ImportPreview preview = preview(List.of(org(5, "ILO Geneva", clock("b", 1))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> preview.changes(Map.of()));
        assertTrue(e.getMessage().contains(new UUID(0, 5).toString()), e.getMessage());
    }

    @Test
    void aBundleNamingOneRecordTwiceIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> preview(List.of(org(1, "A", clock("b", 1)), org(1, "B", clock("b", 2)))));
    }
}
