package org.dialoguedesk.bundle;

import java.util.function.Consumer;

/**
 * Records that can be gone through again, one at a time: a list in memory, or a bundle's files read anew
 * each time, so that importing a large bundle never holds all its records at once.
 */
@FunctionalInterface
public interface RecordSource {

    /**
     * Gives each record in turn, in the same order every time.
     *
     * @throws org.dialoguedesk.common.BundleException when the records cannot be read (a bundle's source)
     */
    void forEach(Consumer<? super BundleRecord> each);
}
