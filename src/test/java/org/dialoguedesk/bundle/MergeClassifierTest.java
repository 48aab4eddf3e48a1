package org.dialoguedesk.bundle;

import static org.dialoguedesk.bundle.Records.clock;
import static org.dialoguedesk.bundle.Records.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MergeClassifierTest {

    private final BundleRecord base = contact("Amal", "+1", clock("a", 1));

    @Test
    void aRecordNeverSeenHereIsNew() {
        assertEquals(MergeClass.NEW, MergeClassifier.classify(Optional.empty(), base));
    }

    @Test
    void anIncomingCopyThatSawOurChangesAndMoreIsAnUpdate() {
        BundleRecord incoming = contact("Amal B.", "+1", clock("a", 1, "b", 1));
        assertEquals(MergeClass.UPDATED, MergeClassifier.classify(Optional.of(base), incoming));
    }

    @Test
    void anOlderIncomingCopyLeavesTheLocalOne() {
        BundleRecord mine = contact("Amal A.", "+1", clock("a", 2));
        assertEquals(MergeClass.LOCAL_NEWER, MergeClassifier.classify(Optional.of(mine), base));
    }

    @Test
    void sameContentIsUnchangedWhateverTheClocks() {
        BundleRecord mine = contact("Amal", "+1", clock("a", 2));
        BundleRecord theirs = contact("Amal", "+1", clock("a", 1, "b", 1));
        assertEquals(MergeClass.UNCHANGED, MergeClassifier.classify(Optional.of(mine), theirs));
    }

    @Test
    void changesMadeApartThatDifferAreAConflict() {
        BundleRecord mine = contact("Amal A.", "+1", clock("a", 2));
        BundleRecord theirs = contact("Amal", "+2", clock("a", 1, "b", 1));
        assertEquals(MergeClass.CONFLICT, MergeClassifier.classify(Optional.of(mine), theirs));
    }

    @Test
    void aDeletionCrossingAnEditIsAConflict() {
        BundleRecord deletedHere = BundleRecord.tombstone(RecordKind.CONTACT, Records.ID, clock("a", 2));
        BundleRecord editedThere = contact("Amal", "+2", clock("a", 1, "b", 1));
        assertEquals(MergeClass.CONFLICT, MergeClassifier.classify(Optional.of(deletedHere), editedThere));
    }

    @Test
    void aDeletionThatSawTheLocalCopyIsAnUpdate() {
        BundleRecord deletedThere = BundleRecord.tombstone(RecordKind.CONTACT, Records.ID, clock("a", 1, "b", 1));
        assertEquals(MergeClass.UPDATED, MergeClassifier.classify(Optional.of(base), deletedThere));
    }

    @Test
    void anOldCopyDoesNotBringBackARecordDeletedHere() {
        BundleRecord deletedHere = BundleRecord.tombstone(RecordKind.CONTACT, Records.ID, clock("a", 2));
        assertEquals(MergeClass.LOCAL_NEWER, MergeClassifier.classify(Optional.of(deletedHere), base));
    }

    @Test
    void differentContentUnderOneClockIsAConflictNotAGuess() {
        BundleRecord mine = contact("Amal A.", "+1", clock("a", 1));
        assertEquals(MergeClass.CONFLICT, MergeClassifier.classify(Optional.of(mine), base));
    }
}
