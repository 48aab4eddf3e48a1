package org.dialoguedesk.roster.ui;

import org.dialoguedesk.roster.Membership;

/** One line of a dialogue's members table: the membership and its member's name in the UI language. */
public record MemberRow(Membership membership, String name) {
}
