package org.dialoguedesk.meeting;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.meeting.InvitationPlan.DelegationPlan;
import org.dialoguedesk.meeting.InvitationPlan.Skipped;

/**
 * An invitation plan said in the reader's language, one entry per delegation (who, the head marked; or
 * why nobody) with its notes (the head it has already, who is skipped and why). The command line prints
 * it and the invite form lists it, so both preview the same words.
 */
public final class InvitationPreview {

    /** A delegation's line and the notes under it. */
    public record Entry(String line, List<String> notes) {

        public Entry {
            notes = List.copyOf(notes);
        }
    }

    private InvitationPreview() {
    }

    /** The entries group by group, the delegations of a group in the alphabetical order of the reader's language. */
    public static List<Entry> entries(InvitationPlan plan, Messages messages) {
        Collator collator = Collator.getInstance(messages.locale());
        List<Entry> entries = new ArrayList<>();
        for (DelegationPlan d : plan.delegations().stream().sorted(Comparator.comparing(DelegationPlan::category)
                .thenComparing(d -> d.name().in(messages.lang()), collator)).toList()) {
            entries.add(new Entry(line(d, plan.seats(), messages), notes(d, messages)));
        }
        return entries;
    }

    private static String line(DelegationPlan d, int seats, Messages m) {
        String who = m.get("meeting.invite.line.who", d.name().in(m.lang()), m.name(d.category()));
        if (!d.invited().isEmpty()) {
            return m.get("meeting.invite.line.invited", who, String.join(m.get("meeting.invite.line.separator"),
                    d.invited().stream().map(p -> p.role() == ParticipantRole.HEAD_OF_DELEGATION
                            ? m.get("meeting.invite.line.head", p.name()) : p.name()).toList()));
        }
        if (d.hasNoContact()) {
            return m.get("meeting.invite.line.noContact", who);
        }
        if (d.seatsTaken() >= seats) {
            return m.get("meeting.invite.line.full", who, d.seatsTaken());
        }
        return m.get("meeting.invite.line.nobodyElse", who);
    }

    private static List<String> notes(DelegationPlan d, Messages m) {
        List<String> notes = new ArrayList<>();
        d.head().ifPresent(h -> notes.add(m.get("meeting.invite.note.hasHead", h)));
        for (Skipped s : d.skipped()) {
            notes.add(m.get(switch (s.reason()) {
                case ALREADY_PARTICIPANT -> "meeting.invite.note.alreadyParticipant";
                case INVITED_WITH_ANOTHER_DELEGATION -> "meeting.invite.note.withAnotherDelegation";
                case SAME_NAME -> "meeting.invite.note.sameName";
            }, s.name(), s.sameAs()));
        }
        return notes;
    }

    /** The closing line: how many were (or, on a dry run, would be) invited. */
    public static String summary(InvitationPlan plan, boolean saved, Messages m) {
        return m.get(saved ? "meeting.invite.summary.saved" : "meeting.invite.summary.preview",
                plan.participants().size(), plan.delegations().stream().filter(d -> !d.invited().isEmpty()).count(),
                plan.withoutContacts().size());
    }
}
