package org.dialoguedesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A desk file written before V12 keeps every answer's values, in their positions, in the answer's row. */
class AnswerValuesMigrationTest {

    @TempDir
    Path dir;

    @Test
    void valuesHeldAsRowsBeforeV12AreInTheirAnswersAfterIt() throws SQLException {
        String url = "jdbc:sqlite:" + dir.resolve("desk.db");
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("11").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            // the answers' recipient is left out: references are not what this migration is about
            for (String id : new String[] {"a1", "a2"}) {
                s.executeUpdate("INSERT INTO questionnaire_answer (id, recipient_id, question_code, source, review,"
                        + " created_at, updated_at, updated_by) VALUES ('" + id + "', 'r', 'q-" + id + "', 'TYPED',"
                        + " 'PENDING', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'test')");
            }
            s.executeUpdate("INSERT INTO questionnaire_answer_value (answer_id, position, answer_key, value) VALUES"
                    + " ('a1', 1, 'q:total', '1200'), ('a1', 0, 'q:women', 'نعم \"oui\"'), ('a1', 2, 'q:année', '2024')");
        }
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            Map<String, String> packed = new LinkedHashMap<>();
            try (ResultSet r = s.executeQuery("SELECT id, answer_values FROM questionnaire_answer ORDER BY id")) {
                while (r.next()) {
                    packed.put(r.getString(1), r.getString(2));
                }
            }
            assertEquals("[[0,\"q:women\",\"نعم \\\"oui\\\"\"],[1,\"q:total\",\"1200\"],[2,\"q:année\",\"2024\"]]",
                    packed.get("a1"), "in position order, text as it was");
            assertEquals("[]", packed.get("a2"), "an answer without values holds none");
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'questionnaire_answer_value'")) {
                r.next();
                assertEquals(0, r.getInt(1), "the old table is gone");
            }
            assertFalse(RecordShape.ANSWER_VALUES.read(packed.get("a1")).isEmpty());
        }
    }
}
