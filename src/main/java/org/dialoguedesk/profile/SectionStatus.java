package org.dialoguedesk.profile;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a profile section stands: drafted, sent for review, validated (by the partner agency whose
 * mandate it is, or an officer), approved. A review can send it back to draft; so does any edit of a
 * validated or approved section's text.
 */
public enum SectionStatus {
    DRAFT, IN_REVIEW, VALIDATED, APPROVED;

    /** The statuses a section in this status may move to by an officer's decision. */
    public Set<SectionStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(IN_REVIEW);
            case IN_REVIEW -> EnumSet.of(VALIDATED, DRAFT);
            case VALIDATED -> EnumSet.of(APPROVED, DRAFT);
            case APPROVED -> EnumSet.of(DRAFT);
        };
    }

    public boolean canMoveTo(SectionStatus target) {
        return next().contains(target);
    }

    /** Someone vouched for the text: validated or approved. */
    public boolean isValidated() {
        return this == VALIDATED || this == APPROVED;
    }
}
