package org.dialoguedesk.common;

/** Base of the project's own exceptions: the message is meant for a secretariat officer to act on. */
public class DeskException extends RuntimeException {

    public DeskException(String message) {
        super(message);
    }

    public DeskException(String message, Throwable cause) {
        super(message, cause);
    }
}
