package org.dialoguedesk.profile;

/** How one section stands in one language: no text, a translation of an older source, or current. */
public enum TranslationState {
    MISSING, STALE, CURRENT
}
