package org.dialoguedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.meeting.AgendaSession;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.MeetingStatus;
import org.dialoguedesk.meeting.Participant;
import org.dialoguedesk.meeting.ParticipantCategory;
import org.dialoguedesk.meeting.ParticipantStatus;
import org.dialoguedesk.meeting.SessionKind;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.roster.Organisation;
import org.dialoguedesk.roster.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample meeting as stored on a first start agrees with the facts of seed 004: 80 participants
 * (status attended) representing 33 partner countries, 13 European and 20 African, the EU Delegation
 * and ICMPD experts.
 */
class SampleMeetingTest {

    private static final Set<Region> AFRICA = EnumSet.of(Region.NORTH_AFRICA, Region.WEST_AFRICA, Region.EAST_AFRICA,
            Region.CENTRAL_AFRICA, Region.SOUTHERN_AFRICA);

    @TempDir
    Path dir;

    @Test
    void theSampleMeetingHasTheSeedsNumbersAmongAttendedParticipants() {
        try (Desk desk = TestDesks.withSampleData(dir)) {
            Meeting m = desk.meetings().meetings().stream().filter(Meeting::sample).findFirst().orElseThrow();
            assertEquals("Cooperation between Countries of Origin, Transit and Destination on Border Management",
                    m.title().en());
            assertEquals(List.of("ESP", "MAR"), m.coChairs());
            assertEquals(MeetingStatus.HELD, m.status());
            assertEquals(LocalDate.of(2019, 7, 10), m.startDate());
            List<Participant> all = desk.meetings().participants(m.id());
            List<Participant> attended = all.stream().filter(p -> p.status() == ParticipantStatus.ATTENDED).toList();
            assertEquals(80, attended.size());
            Set<String> partnerCountries = attended.stream().filter(p -> p.category() == ParticipantCategory.PARTNER_STATE)
                    .map(p -> p.delegation().countryCode()).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(33, partnerCountries.size(), partnerCountries.toString());
            Map<Region, Long> byRegion = partnerCountries.stream().map(c -> desk.roster().country(c).orElseThrow())
                    .collect(Collectors.groupingBy(Country::region, Collectors.counting()));
            assertEquals(13L, byRegion.get(Region.EUROPE));
            assertEquals(20L, byRegion.entrySet().stream().filter(e -> AFRICA.contains(e.getKey()))
                    .mapToLong(Map.Entry::getValue).sum());
            Set<String> organisations = attended.stream().flatMap(p -> p.delegation().organisation().stream())
                    .map(id -> desk.roster().organisation(id).map(Organisation::refKey).orElseThrow())
                    .collect(Collectors.toSet());
            assertEquals(Set.of("EC", "ICMPD"), organisations);

            assertTrue(all.stream().allMatch(Participant::sample));
            assertTrue(all.stream().anyMatch(p -> p.status() == ParticipantStatus.DECLINED));
            assertTrue(all.stream().anyMatch(p -> p.status() == ParticipantStatus.NO_SHOW));
            assertTrue(all.stream().anyMatch(p -> !p.consentToList()));
            assertTrue(all.stream().anyMatch(p -> "MRT".equals(p.delegation().countryCode()) && !p.nameAr().isEmpty()));
            // the sample's one passport record (a pending visa letter) is purged when the desk opens: the
            // meeting ended in 2019 (see MeetingAfterTest for the data kept before the meeting)
            assertTrue(all.stream().anyMatch(p -> p.logistics().visa().letterPending()));
            assertTrue(all.stream().allMatch(p -> p.logistics().passport() == null));

            List<AgendaSession> agenda = desk.meetings().sessions(m.id());
            assertEquals(Set.of(m.startDate(), m.endDate()),
                    agenda.stream().map(AgendaSession::day).collect(Collectors.toSet()));
            assertEquals(SessionKind.OPENING, agenda.get(0).kind());
            assertEquals(SessionKind.CLOSING, agenda.get(agenda.size() - 1).kind());
            assertTrue(agenda.stream().allMatch(s -> !s.title().fr().isEmpty() && !s.title().ar().isEmpty()));
            assertTrue(desk.meetings().overdue(m.id()).isEmpty());
            assertFalse(desk.checklistRepository().conclusions(m.id()).isEmpty());
        }
    }
}
