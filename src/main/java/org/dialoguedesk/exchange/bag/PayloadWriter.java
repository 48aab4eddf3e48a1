package org.dialoguedesk.exchange.bag;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One payload file to put in a bag, written straight into the ZIP as it is made, so a large file (every
 * contact of a desk) is never held whole. {@link BagEntry} is the one made beforehand.
 */
public interface PayloadWriter {

    /** Where the file goes below {@code data/}, such as {@code records/contacts.json}. */
    String path();

    /** Writes the file's bytes; the stream is the bag's and must be left open. */
    void writeTo(OutputStream out) throws IOException;
}
