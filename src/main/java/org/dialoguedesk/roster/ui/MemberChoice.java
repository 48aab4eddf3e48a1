package org.dialoguedesk.roster.ui;

import org.dialoguedesk.roster.MemberRef;

/** A country or organisation offered as a new member, with the label the officer picks it by. */
public record MemberChoice(MemberRef ref, String label) {

    @Override
    public String toString() {
        return label;
    }
}
