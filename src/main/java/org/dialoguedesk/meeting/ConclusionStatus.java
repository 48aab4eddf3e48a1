package org.dialoguedesk.meeting;

/** The co-chairs' conclusions go draft, then approved by the co-chairs, then final (published). */
public enum ConclusionStatus {
    DRAFT, APPROVED, FINAL
}
