package org.dialoguedesk.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.ValidationException;
import org.dialoguedesk.roster.Contact;
import org.dialoguedesk.roster.Membership;
import org.dialoguedesk.roster.MembershipRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rounds on the sample roster and template; today is 2026-11-23 (TestDesks.CLOCK). */
class RoundServiceTest {

    private static final LocalDate OPENED = LocalDate.of(2026, 11, 2);

    @TempDir
    Path folder;

    private Desk desk;
    private RoundService rounds;
    private UUID mtm;
    private UUID version;

    @BeforeEach
    void open() {
        desk = TestDesks.withSampleData(folder);
        rounds = desk.rounds();
        mtm = desk.roster().dialogueByKey("MTM").orElseThrow().meta().id();
        Template t = desk.questionnaireTemplates().findTemplate("imap_irregular_mixed_migration").orElseThrow();
        version = desk.questionnaireTemplates().newVersionFrom(
                desk.questionnaireTemplates().latestVersion(t.meta().id()).orElseThrow().meta().id()).meta().id();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private Round smallRound(LocalDate deadline) {
        return rounds.createRound(new RoundDraft(mtm, version, "Test round", deadline, OPENED,
                List.of("MAR", "tun", "SYR"))).round();
    }

    private Set<String> problems(ValidationException e) {
        return e.problems().stream().map(p -> p.field() + " " + p.messageKey()).collect(Collectors.toSet());
    }

    @Test
    void proposedRecipientsAreWhatARoundOpenedTodayWouldGoTo() {
        List<RecipientProposal> proposed = rounds.proposedRecipients(mtm);
        RoundCreation created = rounds.createRound(mtm, version, "MTM 2027", LocalDate.of(2027, 3, 31), null);
        assertEquals(created.recipients().stream().map(r -> new RecipientProposal(r.countryCode(), r.focalPointId()))
                .toList(), proposed);
        assertNull(proposed.stream().filter(p -> p.countryCode().equals("SYR")).findFirst().orElseThrow()
                .focalPointId());
    }

    @Test
    void defaultRecipientsAreTodaysPartnerStatesWithTheirFocalPoints() {
        RoundCreation created = rounds.createRound(mtm, version, "MTM 2027", LocalDate.of(2027, 3, 31), null);

        List<String> partnerStates = desk.roster().members(mtm, TestDesks.CLOCK.instant().atZone(
                TestDesks.CLOCK.getZone()).toLocalDate(), Set.of(MembershipRole.PARTNER_STATE)).stream()
                .map(Membership::countryCode).sorted().toList();
        assertEquals(46, partnerStates.size());
        assertEquals(partnerStates, created.recipients().stream().map(Recipient::countryCode).sorted().toList());
        assertEquals(LocalDate.of(2026, 11, 23), created.round().createdOn());
        assertEquals("Sonia Mejri", focalPointName(created, "TUN"), "the current one, not the 2012-2019 one");
        assertEquals("Karim Lahlou", focalPointName(created, "MAR"));
        assertNull(recipient(created.recipients(), "SYR").focalPointId(), "Syria's focal point left in 2011");
        assertTrue(created.withoutFocalPoint().contains("SYR"));
        assertTrue(!created.withoutFocalPoint().contains("TUN"));
        assertTrue(created.recipients().stream().allMatch(r -> r.status() == RecipientStatus.NOT_SENT
                && r.statusOn().equals(created.round().createdOn())));
        assertEquals(46, rounds.recipients(created.round().id()).size());
    }

    @Test
    void creatingARoundFreezesTheTemplateVersion() {
        assertTrue(!desk.questionnaireTemplates().version(version).orElseThrow().isFrozen());
        smallRound(LocalDate.of(2026, 12, 31));
        TemplateVersion frozen = desk.questionnaireTemplates().version(version).orElseThrow();
        assertTrue(frozen.isFrozen());
        assertEquals(LocalDate.of(2026, 11, 23), frozen.frozenOn());
    }

    @Test
    void badRoundIsRefusedFieldByFieldAndNothingIsFrozen() {
        smallRound(LocalDate.of(2026, 12, 31));
        UUID draftVersion = desk.questionnaireTemplates().newVersionFrom(version).meta().id();
        ValidationException e = assertThrows(ValidationException.class, () -> rounds.createRound(new RoundDraft(
                UUID.randomUUID(), draftVersion, "test ROUND", LocalDate.of(2026, 1, 1), OPENED,
                List.of("MAR", "XXX", "MAR"))));
        assertEquals(Set.of("dialogue questionnaire.round.problem.dialogueUnknown",
                "title questionnaire.round.problem.titleTaken",
                "deadline questionnaire.round.problem.deadlineBeforeOpening",
                "recipients[1] questionnaire.round.problem.countryUnknown",
                "recipients[2] questionnaire.round.problem.countryTwice"), problems(e));
        assertTrue(!desk.questionnaireTemplates().version(draftVersion).orElseThrow().isFrozen());
        assertEquals(1, rounds.rounds().stream().filter(r -> r.title().equals("Test round")).count());
    }

    @Test
    void statusesMoveOnlyAlongTheAllowedPathsAndKeepTheirHistory() {
        Round round = smallRound(LocalDate.of(2026, 12, 31));
        UUID id = round.id();
        rounds.changeStatus(id, "MAR", RecipientStatus.SENT, LocalDate.of(2026, 11, 3), null);
        rounds.changeStatus(id, "MAR", RecipientStatus.ANSWER_COMPLETE, LocalDate.of(2026, 11, 10), "by email");
        rounds.changeStatus(id, "MAR", RecipientStatus.UNDER_REVIEW, LocalDate.of(2026, 11, 10), null);
        rounds.changeStatus(id, "MAR", RecipientStatus.ANSWER_PARTIAL, LocalDate.of(2026, 11, 12), "table 3 empty");
        rounds.changeStatus(id, "MAR", RecipientStatus.ANSWER_COMPLETE, LocalDate.of(2026, 11, 15), null);
        rounds.changeStatus(id, "MAR", RecipientStatus.UNDER_REVIEW, LocalDate.of(2026, 11, 16), null);
        Recipient accepted = rounds.changeStatus(id, "mar", RecipientStatus.ACCEPTED, null, null);

        assertEquals(RecipientStatus.ACCEPTED, accepted.status());
        assertEquals(LocalDate.of(2026, 11, 23), accepted.statusOn());
        Recipient stored = recipient(rounds.recipients(id), "MAR");
        assertEquals(List.of(RecipientStatus.NOT_SENT, RecipientStatus.SENT, RecipientStatus.ANSWER_COMPLETE,
                RecipientStatus.UNDER_REVIEW, RecipientStatus.ANSWER_PARTIAL, RecipientStatus.ANSWER_COMPLETE,
                RecipientStatus.UNDER_REVIEW, RecipientStatus.ACCEPTED),
                stored.history().stream().map(StatusChange::status).toList());
        assertEquals("table 3 empty", stored.history().get(4).note());
        assertEquals(desk.officer().name(), stored.history().get(4).officer());
        assertEquals(8, stored.meta().revision());
    }

    @Test
    void refusedMovesAndDatesSayWhyAndChangeNothing() {
        Round round = smallRound(LocalDate.of(2026, 12, 31));
        UUID id = round.id();
        ValidationException skip = assertThrows(ValidationException.class,
                () -> rounds.changeStatus(id, "TUN", RecipientStatus.ACCEPTED, LocalDate.of(2026, 11, 5), null));
        assertEquals(List.of(Problem.of("status", "questionnaire.round.problem.transition", "NOT_SENT", "ACCEPTED",
                "SENT")), skip.problems());
        assertTrue(skip.getMessage().contains("cannot go from NOT_SENT to ACCEPTED"), skip.getMessage());

        assertEquals(Set.of("date questionnaire.round.problem.dateBeforeOpening"), problems(assertThrows(
                ValidationException.class, () -> rounds.changeStatus(id, "TUN", RecipientStatus.SENT,
                        LocalDate.of(2026, 11, 1), null))));
        assertEquals(Set.of("date questionnaire.round.problem.dateInFuture"), problems(assertThrows(
                ValidationException.class, () -> rounds.changeStatus(id, "TUN", RecipientStatus.SENT,
                        LocalDate.of(2026, 11, 24), null))));
        rounds.changeStatus(id, "TUN", RecipientStatus.SENT, LocalDate.of(2026, 11, 10), null);
        assertEquals(Set.of("date questionnaire.round.problem.dateBeforeLast"), problems(assertThrows(
                ValidationException.class, () -> rounds.changeStatus(id, "TUN", RecipientStatus.REMINDED,
                        LocalDate.of(2026, 11, 9), null))));
        assertEquals(Set.of("status questionnaire.round.problem.transition"), problems(assertThrows(
                ValidationException.class, () -> rounds.changeStatus(id, "TUN", RecipientStatus.UNDER_REVIEW,
                        LocalDate.of(2026, 11, 11), null))));
        assertEquals(Set.of("country questionnaire.round.problem.notRecipient"), problems(assertThrows(
                ValidationException.class, () -> rounds.changeStatus(id, "FRA", RecipientStatus.SENT, null, null))));

        Recipient tun = recipient(rounds.recipients(id), "TUN");
        assertEquals(RecipientStatus.SENT, tun.status());
        assertEquals(2, tun.history().size());
    }

    @Test
    void recipientsChangeOnlyUntilTheFirstQuestionnaireIsSent() {
        Round round = smallRound(LocalDate.of(2026, 12, 31));
        Recipient fra = rounds.addRecipient(round.id(), "fra");
        assertEquals("FRA", fra.countryCode());
        assertTrue(fra.focalPointId() == null);
        rounds.removeRecipient(round.id(), "SYR");
        assertEquals(List.of("FRA", "MAR", "TUN"),
                rounds.recipients(round.id()).stream().map(Recipient::countryCode).toList());
        assertEquals(Set.of("country questionnaire.round.problem.countryTwice"),
                problems(assertThrows(ValidationException.class, () -> rounds.addRecipient(round.id(), "MAR"))));

        rounds.changeStatus(round.id(), "MAR", RecipientStatus.SENT, null, null);
        assertEquals(Set.of("recipients questionnaire.round.problem.alreadySent"),
                problems(assertThrows(ValidationException.class, () -> rounds.addRecipient(round.id(), "DEU"))));
        assertEquals(Set.of("recipients questionnaire.round.problem.alreadySent"),
                problems(assertThrows(ValidationException.class, () -> rounds.removeRecipient(round.id(), "TUN"))));
        assertEquals(3, rounds.recipients(round.id()).size());
    }

    @Test
    void boardCountsStatusesResponseRateAndOverdueAfterTheDeadline() {
        Round round = smallRound(LocalDate.of(2026, 11, 20));
        UUID id = round.id();
        rounds.changeStatus(id, "MAR", RecipientStatus.SENT, LocalDate.of(2026, 11, 3), null);
        rounds.changeStatus(id, "MAR", RecipientStatus.ANSWER_PARTIAL, LocalDate.of(2026, 11, 19), null);
        rounds.changeStatus(id, "TUN", RecipientStatus.SENT, LocalDate.of(2026, 11, 3), null);
        rounds.changeStatus(id, "TUN", RecipientStatus.REMINDED, LocalDate.of(2026, 11, 17), null);

        RoundBoard board = rounds.board(id);

        assertEquals(LocalDate.of(2026, 11, 23), board.on());
        assertEquals(1, board.counts().get(RecipientStatus.ANSWER_PARTIAL));
        assertEquals(1, board.counts().get(RecipientStatus.REMINDED));
        assertEquals(1, board.counts().get(RecipientStatus.NOT_SENT));
        assertEquals(0, board.counts().get(RecipientStatus.ACCEPTED));
        assertEquals(7, board.counts().size());
        assertEquals(1, board.answered());
        assertEquals(1.0 / 3, board.responseRate(), 1e-9);
        assertEquals(List.of("SYR", "TUN"), board.overdue().stream().map(RoundBoard.Line::countryCode).toList());
        RoundBoard.Line tun = board.lines().stream().filter(l -> l.countryCode().equals("TUN")).findFirst()
                .orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 17), tun.statusOn());
    }

    @Test
    void nothingIsOverdueOnTheDeadlineItself() {
        Round round = smallRound(LocalDate.of(2026, 11, 23));
        assertEquals(List.of(), rounds.board(round.id()).overdue());
        assertEquals(0.0, rounds.board(round.id()).responseRate());
    }

    @Test
    void aRoundIsFoundByIdOrTitleIgnoringCase() {
        Round round = smallRound(LocalDate.of(2026, 12, 31));
        assertEquals(round, rounds.findRound(round.id().toString()).orElseThrow());
        assertEquals(round, rounds.findRound("  TEST round ").orElseThrow());
        assertTrue(rounds.findRound("no such round").isEmpty());
    }

    private String focalPointName(RoundCreation created, String country) {
        UUID id = recipient(created.recipients(), country).focalPointId();
        return desk.contacts().find(id).map(Contact::name).orElseThrow();
    }

    private static Recipient recipient(List<Recipient> recipients, String country) {
        return recipients.stream().filter(r -> r.countryCode().equals(country)).findFirst().orElseThrow();
    }
}
