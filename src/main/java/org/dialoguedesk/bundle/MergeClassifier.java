package org.dialoguedesk.bundle;

import java.util.Optional;

/**
 * Says what an incoming record is to the local copy, by their version clocks and their contents.
 * Deletions travel as tombstones and are classified the same way as edits, so a deletion that crosses
 * an edit made elsewhere is a conflict, not a silent loss of the edit.
 */
public final class MergeClassifier {

    private MergeClassifier() {
    }

    /**
     * @param local the local copy, a tombstone when this desk deleted it, empty when it never had it
     */
    public static MergeClass classify(Optional<BundleRecord> local, BundleRecord incoming) {
        return classify(local.map(RecordState::of), RecordState.of(incoming));
    }

    /** The same, from the copies' states: contents compare by their canonical hashes. */
    public static MergeClass classify(Optional<RecordState> local, RecordState incoming) {
        if (local.isEmpty()) {
            return MergeClass.NEW;
        }
        RecordState mine = local.get();
        if (!mine.key().equals(incoming.key())) {
            throw new IllegalArgumentException("Compared " + mine.key() + " with " + incoming.key());
        }
        if (mine.sameContentAs(incoming)) {
            return MergeClass.UNCHANGED;
        }
        return switch (incoming.clock().compareTo(mine.clock())) {
            case AFTER -> MergeClass.UPDATED;
            case BEFORE -> MergeClass.LOCAL_NEWER;
            case CONCURRENT -> MergeClass.CONFLICT;
            // Same clock, different contents: two desks numbered different changes alike (a copied
            // database file that kept its installation id). Only the officer can say which is right.
            case EQUAL -> MergeClass.CONFLICT;
        };
    }
}
