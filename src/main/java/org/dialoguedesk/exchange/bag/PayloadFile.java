package org.dialoguedesk.exchange.bag;

import java.io.InputStream;

/**
 * One payload file of a bag that was read: its path below {@code data/} and its bytes, checked against the
 * manifest when the bag was read and inflated anew each time they are opened.
 */
public record PayloadFile(String path, SafeZip.Item item) {

    public InputStream open() {
        return item.open();
    }

    public byte[] bytes() {
        return item.bytes();
    }

    public long size() {
        return item.size();
    }
}
