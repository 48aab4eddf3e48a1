package org.dialoguedesk.meeting;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dialoguedesk.common.Localized;

/**
 * What an invitation from the roster would add to a meeting, delegation by delegation, and what it
 * leaves out and why: a value the officer previews (in the window or with {@code --dry-run}) before
 * {@link RosterInvitation#apply} saves it.
 *
 * @param seats the most seats a delegation gets, counting its participants already there
 */
public record InvitationPlan(Meeting meeting, int seats, Set<InvitationGroup> groups,
                             List<DelegationPlan> delegations) {

    public InvitationPlan {
        groups = groups.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(groups));
        delegations = List.copyOf(delegations);
    }

    /** Everyone the plan invites, delegation after delegation, heads first. */
    public List<Participant> participants() {
        return delegations.stream().flatMap(d -> d.invited().stream()).toList();
    }

    /** The delegations the roster has no contact for: nobody can be invited for them. */
    public List<DelegationPlan> withoutContacts() {
        return delegations.stream().filter(DelegationPlan::hasNoContact).toList();
    }

    /** Why a roster contact of a delegation is not invited. */
    public enum SkipReason {
        /** The same roster contact is a participant of the meeting already. */
        ALREADY_PARTICIPANT,
        /** The same roster contact is invited by this plan with an earlier delegation. */
        INVITED_WITH_ANOTHER_DELEGATION,
        /**
         * Someone of the delegation has the same folded name: probably the same person entered twice in the
         * roster, which the meeting's rules would refuse; merging the two contacts settles it.
         */
        SAME_NAME
    }

    /** @param sameAs for {@link SkipReason#SAME_NAME}, the name it is the same as; empty otherwise */
    public record Skipped(String name, SkipReason reason, String sameAs) {

        public Skipped {
            sameAs = sameAs == null ? "" : sameAs;
        }
    }

    /**
     * One delegation of the plan.
     *
     * @param name the country's or the organisation's name, for the preview
     * @param rosterContacts how many roster contacts the delegation has, 0 when it has none
     * @param seatsTaken the delegation's participants of the same category already there (not declined)
     * @param existingHead the name of the head the delegation already has, or empty
     * @param invited who would be added, the focal point first; the head, if any, is first
     */
    public record DelegationPlan(Delegation delegation, Localized name, ParticipantCategory category,
                                 int rosterContacts, int seatsTaken, String existingHead,
                                 List<Participant> invited, List<Skipped> skipped) {

        public DelegationPlan {
            existingHead = existingHead == null ? "" : existingHead;
            invited = List.copyOf(invited);
            skipped = List.copyOf(skipped);
        }

        public boolean hasNoContact() {
            return rosterContacts == 0;
        }

        public Optional<String> head() {
            return existingHead.isEmpty() ? Optional.empty() : Optional.of(existingHead);
        }
    }
}
