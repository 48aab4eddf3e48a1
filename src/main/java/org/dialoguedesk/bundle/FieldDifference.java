package org.dialoguedesk.bundle;

/**
 * One field on which the two copies of a conflicting record disagree, with both values as they are
 * (text, number, boolean, null, or a list of child field maps; {@link #DELETION} stands for the
 * whole record when one side deleted it).
 */
public record FieldDifference(String field, Object localValue, Object incomingValue) {

    /** The pseudo-field of a conflict between a deletion and an edit: its values say "deleted" or "kept". */
    public static final String DELETION = "(deleted)";
}
