package org.dialoguedesk.exchange.bag;

/**
 * One payload file of a bundle: its path below {@code data/} (forward slashes, such as
 * {@code resources/contacts.json}) and its bytes. The bytes are not copied: a caller hands them over.
 */
public record BagEntry(String path, byte[] bytes) implements PayloadWriter {

    public BagEntry {
        if (path == null || bytes == null) {
            throw new IllegalArgumentException("a bag entry needs a path and bytes");
        }
    }

    @Override
    public void writeTo(java.io.OutputStream out) throws java.io.IOException {
        out.write(bytes);
    }
}
