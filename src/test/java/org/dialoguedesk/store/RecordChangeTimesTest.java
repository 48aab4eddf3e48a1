package org.dialoguedesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.bundle.RecordKey;
import org.dialoguedesk.bundle.RecordKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordChangeTimesTest {

    @TempDir
    Path dir;

    @Test
    void aRecordChangedWhenAnyRowItOwnsChangedDownToItsGrandChildren() {
        try (Desk desk = TestDesks.withSampleData(dir)) {
            var dsl = desk.database().dsl();
            String meeting = dsl.fetchValue("SELECT meeting_id FROM participant LIMIT 1").toString();
            dsl.execute("UPDATE participant SET updated_at = '2030-01-02T03:04:05Z' WHERE id = "
                    + "(SELECT id FROM participant WHERE meeting_id = ? LIMIT 1)", meeting);
            String answer = dsl.fetchValue("SELECT id FROM questionnaire_answer LIMIT 1").toString();
            String round = dsl.fetchValue("SELECT r.round_id FROM questionnaire_recipient r JOIN questionnaire_answer a "
                    + "ON a.recipient_id = r.id WHERE a.id = ?", answer).toString();
            dsl.execute("UPDATE questionnaire_answer SET updated_at = '2031-05-06T07:08:09.5Z' WHERE id = ?", answer);

            Map<RecordKey, Instant> changed = desk.recordMerge().lastChanged(EnumSet.allOf(RecordKind.class));

            assertEquals(Instant.parse("2030-01-02T03:04:05Z"),
                    changed.get(new RecordKey(RecordKind.MEETING, UUID.fromString(meeting))));
            assertEquals(Instant.parse("2031-05-06T07:08:09.5Z"),
                    changed.get(new RecordKey(RecordKind.QUESTIONNAIRE_ROUND, UUID.fromString(round))));
            String contact = dsl.fetchValue("SELECT id FROM contact ORDER BY id LIMIT 1").toString();
            String stored = dsl.fetchValue("SELECT max(updated_at) FROM (SELECT updated_at FROM contact WHERE id = ? "
                    + "UNION ALL SELECT updated_at FROM contact_role WHERE contact_id = ?)", contact, contact).toString();
            assertEquals(Instant.parse(stored), changed.get(new RecordKey(RecordKind.CONTACT, UUID.fromString(contact))));
        }
    }
}
