package org.dialoguedesk.bundle;

import java.util.Objects;
import java.util.Optional;

/** An incoming record with the local copy it was compared with and what it was found to be. */
public record ClassifiedRecord(BundleRecord incoming, Optional<BundleRecord> local, MergeClass mergeClass) {

    public ClassifiedRecord {
        Objects.requireNonNull(incoming, "incoming");
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(mergeClass, "mergeClass");
    }

    public static ClassifiedRecord classify(Optional<BundleRecord> local, BundleRecord incoming) {
        return new ClassifiedRecord(incoming, local, MergeClassifier.classify(local, incoming));
    }

    public RecordKey key() {
        return incoming.key();
    }
}
