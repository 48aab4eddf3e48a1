package org.dialoguedesk.bundle;

import java.util.Objects;
import java.util.UUID;

/** What names a record on every desk: its kind and its stable id. */
public record RecordKey(RecordKind kind, UUID id) implements Comparable<RecordKey> {

    public RecordKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public int compareTo(RecordKey o) {
        int byKind = kind.compareTo(o.kind);
        return byKind != 0 ? byKind : id.compareTo(o.id);
    }

    @Override
    public String toString() {
        return kind.resourceName() + "/" + id;
    }
}
