package org.dialoguedesk.bundle;

import static org.dialoguedesk.bundle.Records.clock;
import static org.dialoguedesk.bundle.Records.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConflictTest {

    private final BundleRecord mine = contact("Amal A.", "+1", clock("a", 2));
    private final BundleRecord theirs = contact("Amal", "+2", clock("a", 1, "b", 1));

    @Test
    void listsEachFieldOnWhichTheCopiesDiffer() {
        Conflict conflict = Conflict.between(mine, theirs);
        assertEquals(List.of(new FieldDifference("name", "Amal A.", "Amal"), new FieldDifference("phones", "+1", "+2")),
                conflict.differences());
    }

    @Test
    void fieldByFieldChoiceMergesBothEditsAndCountsTheResolutionHere() {
        BundleRecord merged = Conflict.between(mine, theirs)
                .resolve(Map.of("name", ConflictChoice.LOCAL, "phones", ConflictChoice.INCOMING), "a");
        assertEquals("Amal A.", merged.content().get("name"));
        assertEquals("+2", merged.content().get("phones"));
        assertEquals(clock("a", 3, "b", 1), merged.clock());
        assertEquals(ClockOrder.AFTER, merged.clock().compareTo(theirs.clock()));
    }

    @Test
    void takingEverythingIncomingKeepsTheMergedClockUnbumped() {
        BundleRecord merged = Conflict.between(mine, theirs).resolveAll(ConflictChoice.INCOMING, "a");
        assertTrue(merged.sameContentAs(theirs));
        assertEquals(clock("a", 2, "b", 1), merged.clock());
    }

    @Test
    void aFieldLeftWithoutAChoiceIsRefusedNotDecidedSilently() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Conflict.between(mine, theirs).resolve(Map.of("name", ConflictChoice.LOCAL), "a"));
        assertTrue(e.getMessage().contains("phones"), e.getMessage());
    }

    @Test
    void aDeletionAgainstAnEditIsChosenWhole() {
        BundleRecord deleted = BundleRecord.tombstone(RecordKind.CONTACT, Records.ID, clock("a", 2));
        Conflict conflict = Conflict.between(deleted, theirs);
        assertTrue(conflict.isDeletion());
        assertEquals(List.of(new FieldDifference(FieldDifference.DELETION, true, false)), conflict.differences());
        BundleRecord kept = conflict.resolve(Map.of(FieldDifference.DELETION, ConflictChoice.INCOMING), "a");
        assertTrue(kept.sameContentAs(theirs));
        BundleRecord stillDeleted = conflict.resolve(Map.of(FieldDifference.DELETION, ConflictChoice.LOCAL), "a");
        assertTrue(stillDeleted.deleted());
        assertEquals(clock("a", 3, "b", 1), stillDeleted.clock());
    }

    @Test
    void aFieldOnlyOneSideHasIsADifferenceToo() {
        BundleRecord wider = BundleRecord.live(RecordKind.CONTACT, Records.ID,
                Map.of("name", "Amal A.", "phones", "+1", "title", "Dr"), clock("b", 1));
        Conflict conflict = Conflict.between(mine, wider);
        assertEquals(List.of(new FieldDifference("title", null, "Dr")), conflict.differences());
        BundleRecord without = conflict.resolveAll(ConflictChoice.LOCAL, "a");
        assertEquals(false, without.content().containsKey("title"));
    }
}
