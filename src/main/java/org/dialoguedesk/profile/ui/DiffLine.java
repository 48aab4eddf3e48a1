package org.dialoguedesk.profile.ui;

/** One line of the versions dialog's difference: a section-and-language heading, or a kept, removed or added line. */
public record DiffLine(Kind kind, String text) {

    public enum Kind { HEADING, SAME, REMOVED, ADDED }
}
