package org.dialoguedesk.meeting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Whom an invitation from the roster reaches: the dialogue's partner states, its partner agencies, its
 * observers (states or organisations) and experts, the staff of the organisation running the dialogue's
 * secretariat, which brings the thematic experts to its meetings (the "ICMPD experts" of seed 004).
 * Each group gives its participants a category; experts come in their own capacity, so their delegation
 * gets no head.
 */
public enum InvitationGroup {
    STATES("states", ParticipantCategory.PARTNER_STATE, true),
    AGENCIES("agencies", ParticipantCategory.PARTNER_AGENCY, true),
    OBSERVERS("observers", ParticipantCategory.OBSERVER, true),
    EXPERTS("experts", ParticipantCategory.EXPERT, false);

    private final String key;
    private final ParticipantCategory category;
    private final boolean headed;

    InvitationGroup(String key, ParticipantCategory category, boolean headed) {
        this.key = key;
        this.category = category;
        this.headed = headed;
    }

    /** The group's name on the command line ({@code states}, {@code agencies}, ...). */
    public String key() {
        return key;
    }

    public ParticipantCategory category() {
        return category;
    }

    /** True when the group's delegations are led by a head of delegation. */
    public boolean headed() {
        return headed;
    }

    public static Optional<InvitationGroup> fromKey(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(g -> g.key.equals(k)).findFirst();
    }
}
