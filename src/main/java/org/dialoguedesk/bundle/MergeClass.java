package org.dialoguedesk.bundle;

/** What an incoming record is to this desk's copy. */
public enum MergeClass {
    /** This desk has never had the record. */
    NEW,
    /** The incoming copy has seen every change this desk made, and more. */
    UPDATED,
    /** Both say the same thing (their clocks are merged, nothing else changes). */
    UNCHANGED,
    /** This desk has seen the incoming copy's changes, and made more since: the incoming copy is ignored. */
    LOCAL_NEWER,
    /** Both sides changed the record since they last agreed, and differently: the officer chooses. */
    CONFLICT
}
