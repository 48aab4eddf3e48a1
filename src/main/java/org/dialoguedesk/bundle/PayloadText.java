package org.dialoguedesk.bundle;

/**
 * One string of a payload as it will be written, with where it is: every value and every field name of
 * every file, so the leak check reads exactly what leaves the laptop.
 */
public record PayloadText(String where, String text, boolean fieldName) {

    public static PayloadText value(String where, String text) {
        return new PayloadText(where, text, false);
    }

    public static PayloadText field(String where, String name) {
        return new PayloadText(where, name, true);
    }
}
