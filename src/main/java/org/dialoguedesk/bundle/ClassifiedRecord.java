package org.dialoguedesk.bundle;

import java.util.Objects;
import java.util.Optional;

/** An incoming record's state with the state of the local copy it was compared with, and what it was found to be. */
public record ClassifiedRecord(RecordState incoming, Optional<RecordState> local, MergeClass mergeClass) {

    public ClassifiedRecord {
        Objects.requireNonNull(incoming, "incoming");
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(mergeClass, "mergeClass");
    }

    public static ClassifiedRecord classify(Optional<RecordState> local, RecordState incoming) {
        return new ClassifiedRecord(incoming, local, MergeClassifier.classify(local, incoming));
    }

    public RecordKey key() {
        return incoming.key();
    }
}
