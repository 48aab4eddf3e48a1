package org.dialoguedesk.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After the sample meeting: its statistics and news item state seed 004's facts; conclusions never name anyone. */
class MeetingAfterTest {

    @TempDir
    Path dir;

    private static Meeting sample(Desk desk) {
        return desk.meetings().meetings().stream().filter(Meeting::sample).findFirst().orElseThrow();
    }

    @Test
    void statisticsAndNewsItemOfTheSampleMeetingStateTheSeedsFacts() {
        try (Desk desk = TestDesks.withSampleData(dir)) {
            Meeting m = sample(desk);
            MeetingStatistics s = MeetingStatistics.of(desk.meetings().participants(m.id()), desk.roster()::country);
            assertEquals(80, s.participants());
            assertEquals(33, s.partnerCountries().size());
            assertEquals(13, s.european());
            assertEquals(20, s.african());
            assertEquals(0, s.other());
            assertTrue(s.partnerCountries().containsAll(List.of("MAR", "TUN")), "North African Arab states are African");
            assertEquals(s.partnerCountries().stream().filter(MeetingStatistics.ARAB_LEAGUE::contains).count(), s.arab());
            assertTrue(s.arab() >= 3, "Morocco, Mauritania and Tunisia at least: " + s.arab());
            assertEquals(List.of(48L, 28L, 4L), List.of(s.byGender().get(Gender.MALE), s.byGender().get(Gender.FEMALE),
                    s.byGender().get(Gender.UNDISCLOSED)));
            assertEquals(80, s.byCategory().values().stream().mapToLong(Long::longValue).sum());
            assertEquals(java.util.Map.of("LBN", 1L), s.nonPartnerCountries());

            MeetingNewsItem en = MeetingNewsItem.draft(m, s, Lang.EN, desk.roster(), FormalCountryNames.bundled());
            assertTrue(en.body().contains("held under the co-chairmanship of the Kingdom of Spain and the Kingdom of "
                    + "Morocco, gathered 80 participants representing 33 partner countries of the Dialogue (of which 13 "
                    + "were European and 20 were African countries)."), en.body());
            assertTrue(en.body().contains("Lebanon, a country that is not a partner"), en.body());
            assertTrue(en.body().contains("ICMPD"), en.body());
            MeetingNewsItem fr = MeetingNewsItem.draft(m, s, Lang.FR, desk.roster(), FormalCountryNames.bundled());
            assertTrue(fr.body().contains("coprésidée par le Royaume d'Espagne et le Royaume du Maroc, a rassemblé 80 "
                    + "participants représentant 33 pays partenaires du Dialogue (dont 13 pays européens et 20 pays "
                    + "africains)."), fr.body());
            assertTrue(fr.body().contains("participants d'un pays non partenaire du Dialogue ont également pris part aux "
                    + "discussions : Liban."), fr.body());
        }
    }

    @Test
    void conclusionsNeverCarryAParticipantsName() {
        try (Desk desk = TestDesks.withSampleData(dir)) {
            Meeting m = sample(desk);
            ConclusionsService service = desk.conclusions();
            Conclusions en = service.export(m.id(), Lang.EN);
            assertEquals(ConclusionStatus.FINAL, en.status());
            String fr = service.export(m.id(), Lang.FR).text();
            List<Participant> participants = desk.meetings().participants(m.id());
            ParticipantNames names = new ParticipantNames(participants);
            assertEquals(List.of(), names.foundIn(en.text()));
            assertEquals(List.of(), names.foundIn(fr));
            int cut = fr.indexOf(' ', fr.length() / 2);
            int checked = 0;
            for (Participant p : participants) {
                for (String name : List.of(p.name(), p.nameAr(), p.name().toUpperCase(java.util.Locale.ROOT))) {
                    if (name.isEmpty()) {
                        continue;
                    }
                    String text = fr.substring(0, cut) + " (" + name + ")" + fr.substring(cut);
                    assertFalse(names.foundIn(text).isEmpty(), text);
                    ValidationException e = assertThrows(ValidationException.class,
                            () -> service.saveText(m.id(), Lang.FR, text), name);
                    assertTrue(new Messages(Lang.EN).format(e.problems().get(0)).contains(name.equals(p.nameAr())
                            ? p.nameAr() : p.name()), e.getMessage());
                    checked++;
                }
            }
            assertTrue(checked > 2 * participants.size(), "Latin, upper-case and Arabic names: " + checked);
            assertEquals(fr, service.export(m.id(), Lang.FR).text(), "nothing refused was saved");
            assertThrows(ValidationException.class, () -> service.addNote(m.id(),
                    desk.meetings().sessions(m.id()).get(2).id(), "Marta Garcia said borders evolve."));
        }
    }

    @Test
    void conclusionsGoDraftApprovedFinalAndNeverBackFromFinal() {
        try (Desk desk = TestDesks.withSampleData(dir)) {
            java.util.UUID meeting = sample(desk).id();
            ConclusionsService service = desk.conclusions();
            assertEquals(ConclusionStatus.APPROVED, service.move(meeting, Lang.FR, ConclusionStatus.APPROVED).status());
            assertThrows(ValidationException.class, () -> service.saveText(meeting, Lang.FR, "Autre texte."));
            assertEquals(ConclusionStatus.DRAFT, service.move(meeting, Lang.FR, ConclusionStatus.DRAFT).status());
            assertEquals("Autre texte.", service.saveText(meeting, Lang.FR, "Autre texte.").text());
            assertThrows(ValidationException.class, () -> service.move(meeting, Lang.FR, ConclusionStatus.FINAL));
            service.move(meeting, Lang.FR, ConclusionStatus.APPROVED);
            assertEquals(ConclusionStatus.FINAL, service.move(meeting, Lang.FR, ConclusionStatus.FINAL).status());
            for (ConclusionStatus to : ConclusionStatus.values()) {
                assertThrows(ValidationException.class, () -> service.move(meeting, Lang.EN, to));
            }
            assertThrows(ValidationException.class, () -> service.saveText(meeting, Lang.EN, "Rewritten."));
        }
    }

    @Test
    void passportDataIsKeptUntilTheDayAfterTheMeetingThenPurgedOnOpen() {
        Logistics.Passport passport = new Logistics.Passport("OB0417532", "COG", null, null);
        try (Desk desk = TestDesks.withSampleData(dir)) {
            Meeting m = sample(desk);
            List<Participant> all = desk.meetings().participants(m.id());
            assertTrue(all.stream().allMatch(p -> p.logistics().passport() == null), "purged when the desk opened");
            // the sample's passport data as it was in June 2019, before the meeting
            Participant pending = all.stream().filter(p -> p.logistics().visa().letterPending()).findFirst().orElseThrow();
            Logistics l = pending.logistics();
            desk.participantRepository().save(new Participant(pending.meta().touch("test", TestDesks.CLOCK), m.id(),
                    null, pending.name(), pending.nameAr(), pending.gender(), pending.delegation(), pending.category(),
                    pending.role(), pending.status(), pending.language(), pending.consentToList(), true,
                    new Logistics(l.funding(), l.arrival(), l.departure(), l.hotel(), l.visa(), passport, "", "")));
            Clock june2019 = Clock.fixed(Instant.parse("2019-06-25T09:00:00Z"), ZoneOffset.UTC);
            PassportRetention before = new PassportRetention(desk.meetingRepository(), desk.participantRepository(),
                    desk.database(), desk.officer(), june2019, () -> 0);
            assertEquals(List.of("Passport data of 1 participant will be deleted on 2019-07-12."),
                    before.notices().stream().map(Messages.english()::format).toList());
            assertEquals(0, before.purgeDue());
            assertEquals(passport, desk.participantRepository().find(pending.id()).orElseThrow().logistics().passport());
        }
        try (Desk desk = TestDesks.withSampleData(dir)) {
            assertTrue(desk.meetings().participants(sample(desk).id()).stream()
                    .allMatch(p -> p.logistics().passport() == null), "purged on open, the meeting being past");
            assertEquals(List.of(), desk.passportRetention().scheduled());
        }
    }
}
