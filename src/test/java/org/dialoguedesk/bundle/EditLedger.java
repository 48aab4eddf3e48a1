package org.dialoguedesk.bundle;

import java.util.HashSet;
import java.util.Set;

/**
 * The simulation's memory of every edit ever made, and of which ones an officer knowingly set aside:
 * by overwriting or deleting what was on the screen, or by choosing the other side of a conflict.
 * Whatever is left must be on every desk at the end; it knows nothing of clocks.
 */
final class EditLedger {

    /** A field value written by an edit, or a deletion (field {@code null}, value the edit's name). */
    record Edit(RecordKey key, String field, Object value) {
        boolean isDeletion() {
            return field == null;
        }
    }

    private final Set<Edit> made = new HashSet<>();
    private final Set<Edit> setAside = new HashSet<>();

    void made(Edit edit) {
        made.add(edit);
    }

    void setAside(Edit edit) {
        setAside.add(edit);
    }

    Set<Edit> standing() {
        Set<Edit> standing = new HashSet<>(made);
        standing.removeAll(setAside);
        return standing;
    }
}
