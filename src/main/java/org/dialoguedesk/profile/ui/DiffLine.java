package org.dialoguedesk.profile.ui;

import org.dialoguedesk.common.Lang;

/** One line of the versions dialog's difference: a section-and-language heading, or a kept, removed or added line, or a gap for kept lines left out. */
/** {@code lang} is the language of the section's text, which sets the direction the line reads in. */
public record DiffLine(Kind kind, String text, Lang lang) {

    public enum Kind { HEADING, SAME, GAP, REMOVED, ADDED }
}
