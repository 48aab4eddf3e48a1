package org.dialoguedesk.common;

/** The database file could not be read or written; the message says what to do about it. */
public class StoreException extends DeskException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
