package org.dialoguedesk.bundle;

import org.dialoguedesk.common.StoreException;

/**
 * An import refused because a record it would write changed on this desk after its preview: what the
 * officer decided no longer matches the desk. Nothing was written; opening the bundle again previews it
 * against the desk as it now is.
 */
public final class PreviewOutdatedException extends StoreException {

    private final RecordKey changed;

    public PreviewOutdatedException(RecordKey changed) {
        super("The import was not applied: " + changed + " was changed on this desk after the preview. "
                + "Open the bundle again to see the changes as they are now.");
        this.changed = changed;
    }

    /** The first record found changed. */
    public RecordKey changed() {
        return changed;
    }
}
