package org.dialoguedesk.common.table;

import org.dialoguedesk.common.DeskException;

/** A file could not be read as a table at all; the message says what is wrong and where. */
public class TableFormatException extends DeskException {

    public TableFormatException(String message) {
        super(message);
    }

    public TableFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
