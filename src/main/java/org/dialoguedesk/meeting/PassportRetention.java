package org.dialoguedesk.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.UUID;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntSupplier;
import org.dialoguedesk.common.Officer;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.Transactions;

/**
 * The retention rule for passport data, which is kept only while a visa letter needs it. A
 * participant's passport data is deleted on the first of these days:
 * <ul>
 *   <li>the day after the meeting's last day plus the retention days (a setting, 0 by default: a
 *       meeting ending on 11 July has its passport data deleted on 12 July);</li>
 *   <li>the day the visa letter is no longer needed: no visa is needed, the letter has been issued, or
 *       the participant declined.</li>
 * </ul>
 * {@link #purgeDue()} runs when the desk opens; {@link #scheduled()} shows the officer what will go
 * and when.
 */
public final class PassportRetention {

    /** One participant's passport data and the day it is (or was due to be) deleted. */
    public record Purge(Participant participant, Meeting meeting, LocalDate on) {
    }

    private final MeetingRepository meetings;
    private final ParticipantRepository participants;
    private final Transactions tx;
    private final Officer officer;
    private final Clock clock;
    private final IntSupplier retentionDays;

    public PassportRetention(MeetingRepository meetings, ParticipantRepository participants, Transactions tx,
                             Officer officer, Clock clock, IntSupplier retentionDays) {
        this.meetings = meetings;
        this.participants = participants;
        this.tx = tx;
        this.officer = officer;
        this.clock = clock;
        this.retentionDays = retentionDays;
    }

    /** Every passport data kept, with the day it is deleted, earliest first. */
    public List<Purge> scheduled() {
        LocalDate today = LocalDate.now(clock);
        int days = Math.max(0, retentionDays.getAsInt());
        List<Purge> purges = new ArrayList<>();
        // one query for the few participants with passport data, rather than one per meeting at every start
        List<Participant> holding = participants.withPassport();
        if (holding.isEmpty()) {
            return purges;
        }
        Map<UUID, Meeting> byId = new HashMap<>();
        meetings.all().forEach(m -> byId.put(m.id(), m));
        for (Participant p : holding) {
            Meeting m = byId.get(p.meetingId());
            if (m != null && p.logistics().passport() != null) {
                LocalDate afterMeeting = m.endDate().plusDays(days + 1L);
                purges.add(new Purge(p, m, letterNeeded(p) && today.isBefore(afterMeeting) ? afterMeeting : today));
            }
        }
        purges.sort(Comparator.comparing(Purge::on));
        return purges;
    }

    /** What {@link #scheduled()} says for the screen: one line per day, such as "… of 1 participant … on 2019-07-12". */
    public List<Problem> notices() {
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        scheduled().forEach(p -> perDay.merge(p.on(), 1, Integer::sum));
        return perDay.entrySet().stream().map(e -> Problem.of("passport", "meeting.retention.scheduled",
                e.getValue(), e.getKey().toString())).toList();
    }

    /** Deletes the passport data due today or earlier; returns how many participants it was deleted for. */
    public int purgeDue() {
        LocalDate today = LocalDate.now(clock);
        List<Purge> due = scheduled().stream().filter(p -> !p.on().isAfter(today)).toList();
        if (!due.isEmpty()) {
            tx.run(() -> due.forEach(p -> participants.save(withoutPassport(p.participant()))));
        }
        return due.size();
    }

    private Participant withoutPassport(Participant p) {
        Logistics l = p.logistics();
        Logistics purged = new Logistics(l.funding(), l.arrival(), l.departure(), l.hotel(), l.visa(), null,
                l.dietary(), l.accessibility());
        return new Participant(p.meta().touch(officer.name(), clock), p.meetingId(), p.contactId(), p.name(),
                p.nameAr(), p.gender(), p.delegation(), p.category(), p.role(), p.status(), p.language(),
                p.consentToList(), p.sample(), purged);
    }

    private static boolean letterNeeded(Participant p) {
        return p.logistics().visa().needed() && p.logistics().visa().letterIssued() == null
                && p.status() != ParticipantStatus.DECLINED;
    }
}
