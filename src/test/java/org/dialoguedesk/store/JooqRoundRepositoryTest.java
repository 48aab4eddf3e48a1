package org.dialoguedesk.store;

import static org.dialoguedesk.store.schema.Tables.QUESTIONNAIRE_STATUS_CHANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.common.RecordMeta;
import org.dialoguedesk.common.StoreException;
import org.dialoguedesk.questionnaire.Recipient;
import org.dialoguedesk.questionnaire.RecipientStatus;
import org.dialoguedesk.questionnaire.Round;
import org.dialoguedesk.questionnaire.StatusChange;
import org.dialoguedesk.questionnaire.TemplateSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rounds and recipients with their histories written to and read back from a real, migrated SQLite file. */
class JooqRoundRepositoryTest {

    @TempDir
    Path folder;

    private static RecordMeta meta() {
        return RecordMeta.create("tester", TestDesks.CLOCK);
    }

    private static Round round(Desk desk, String title) {
        UUID dialogue = desk.roster().dialogueByKey("MTM").orElseThrow().meta().id();
        UUID version = desk.questionnaireTemplates().create(TemplateSamples.draft("k_" + title.length())).meta().id();
        return new Round(meta(), dialogue, version, title, LocalDate.of(2025, 3, 31), LocalDate.of(2025, 1, 10));
    }

    @Test
    void recipientWithHistoryRoundTripsInOrderEvenOnOneDay() {
        try (Desk desk = TestDesks.withSampleData(folder)) {
            JooqRoundRepository rounds = new JooqRoundRepository(desk.database());
            JooqRecipientRepository recipients = new JooqRecipientRepository(desk.database());
            Round round = round(desk, "Round A");
            rounds.save(round);
            RecordMeta rm = meta();
            LocalDate day = LocalDate.of(2025, 2, 1);
            List<StatusChange> history = new ArrayList<>();
            for (RecipientStatus s : List.of(RecipientStatus.NOT_SENT, RecipientStatus.SENT,
                    RecipientStatus.ANSWER_COMPLETE, RecipientStatus.UNDER_REVIEW, RecipientStatus.ANSWER_PARTIAL)) {
                history.add(new StatusChange(meta(), rm.id(), s, day, "tester", "note é " + s));
            }
            Recipient recipient = new Recipient(rm, round.id(), "MAR", null, history);
            recipients.save(recipient);

            assertEquals(round, rounds.find(round.id()).orElseThrow());
            assertEquals(List.of(round), rounds.all().stream().filter(r -> r.title().equals("Round A")).toList());
            assertEquals(recipient, recipients.find(rm.id()).orElseThrow());
            assertEquals(List.of(recipient), recipients.ofRound(round.id()));
        }
    }

    @Test
    void staleRecipientIsRefusedAndDeleteRemovesItsHistory() {
        try (Desk desk = TestDesks.withSampleData(folder)) {
            JooqRoundRepository rounds = new JooqRoundRepository(desk.database());
            JooqRecipientRepository recipients = new JooqRecipientRepository(desk.database());
            Round round = round(desk, "Round B");
            rounds.save(round);
            RecordMeta rm = meta();
            StatusChange first = new StatusChange(meta(), rm.id(), RecipientStatus.NOT_SENT, round.createdOn(),
                    "tester", "");
            recipients.save(new Recipient(rm, round.id(), "TUN", null, List.of(first)));
            StatusChange sent = new StatusChange(meta(), rm.id(), RecipientStatus.SENT, round.createdOn(), "b", "");
            Recipient newer = new Recipient(rm.touch("b", TestDesks.CLOCK), round.id(), "TUN", null,
                    List.of(first, sent));
            recipients.save(newer);
            assertThrows(StoreException.class, () -> recipients.save(newer));
            assertEquals(2, recipients.find(rm.id()).orElseThrow().history().size());

            recipients.delete(rm.id());
            assertTrue(recipients.ofRound(round.id()).isEmpty());
            assertEquals(0, desk.database().dsl().fetchCount(QUESTIONNAIRE_STATUS_CHANGE,
                    QUESTIONNAIRE_STATUS_CHANGE.RECIPIENT_ID.eq(rm.id().toString())));
        }
    }

    @Test
    void titlesAreUniqueIgnoringCase() {
        try (Desk desk = TestDesks.withSampleData(folder)) {
            JooqRoundRepository rounds = new JooqRoundRepository(desk.database());
            Round a = round(desk, "Round C");
            rounds.save(a);
            Round b = new Round(meta(), a.dialogueId(), a.templateVersionId(), "ROUND c", a.deadline(),
                    a.createdOn());
            assertThrows(RuntimeException.class, () -> rounds.save(b));
        }
    }
}
