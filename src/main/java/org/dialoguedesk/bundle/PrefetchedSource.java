package org.dialoguedesk.bundle;

import java.util.function.Consumer;
import org.dialoguedesk.common.ReadAhead;

/**
 * Reads a source's records on a thread of its own, a few ahead of the caller, so that reading and checking a
 * bundle's JSON on one core overlaps with the store writing the records before them on the other. The
 * records come in the source's order; a failure on the reading side is thrown to the caller.
 */
public final class PrefetchedSource implements RecordSource {

    private final RecordSource source;
    private final int ahead;

    /**
     * @param ahead how many records may wait, read, for the caller; the reading thread also works out the
     *              hash of a record ({@link BundleRecord#contentHash}, kept by the record) whenever the
     *              caller is behind, for callers that hash every record
     */
    public PrefetchedSource(RecordSource source, int ahead) {
        this.source = source;
        this.ahead = ahead;
    }

    @Override
    public void forEach(Consumer<? super BundleRecord> each) {
        ReadAhead.<BundleRecord>forEach(source::forEach, ahead, BundleRecord::contentHash, each, "records-ahead");
    }
}
