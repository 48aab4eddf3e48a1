package org.dialoguedesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.dialoguedesk.common.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void newFileIsCreatedMigratedAndMarkedNew() {
        Path file = dir.resolve("sub/folder/desk.db");
        try (Database db = Database.open(file)) {
            assertTrue(db.isNew());
            assertTrue(Files.exists(file));
            assertEquals(1, db.dsl().fetchCount(db.dsl().selectOne().from("flyway_schema_history")
                    .where("success = 1 and version = '1'")));
        }
        try (Database db = Database.open(file)) {
            assertFalse(db.isNew());
        }
    }

    @Test
    void secondOpenOfTheSameFileIsRefusedWithAClearMessage() {
        Path file = dir.resolve("desk.db");
        try (Database first = Database.open(file)) {
            StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
            assertTrue(e.getMessage().contains("already has"), e.getMessage());
            assertTrue(e.getMessage().contains("desk.db"), e.getMessage());
            new JooqSettings(first).put("still", "works");
            assertEquals(Optional.of("works"), new JooqSettings(first).get("still"));
        }
        try (Database again = Database.open(file)) {
            assertEquals(Optional.of("works"), new JooqSettings(again).get("still"));
        }
    }

    @Test
    void openingAFileWrittenSinceItsNewestBackupKeepsARollingBackup() throws Exception {
        Path file = dir.resolve("desk.db");
        try (Database db = Database.open(file)) {
            new JooqSettings(db).put("officer.name", "Amina");
        }
        for (int i = 0; i < Backups.KEEP + 2; i++) {
            try (Database db = Database.open(file)) {
                new JooqSettings(db).put("counter", String.valueOf(i));
            }
        }
        var backups = Backups.list(file);
        assertEquals(Backups.KEEP, backups.size());
        try (Database copy = Database.open(backups.get(0))) {
            assertEquals(Optional.of("Amina"), new JooqSettings(copy).get("officer.name"));
            assertEquals(Optional.of("1"), new JooqSettings(copy).get("counter"), "the oldest kept is the third");
        }
        try (Database copy = Database.open(backups.get(Backups.KEEP - 1))) {
            assertEquals(Optional.of(String.valueOf(Backups.KEEP)), new JooqSettings(copy).get("counter"));
        }
    }

    @Test
    void openingAFileUnchangedSinceItsNewestBackupMakesNoOther() throws Exception {
        Path file = dir.resolve("desk.db");
        try (Database db = Database.open(file)) {
            new JooqSettings(db).put("officer.name", "Amina");
        }
        for (int i = 0; i < 3; i++) {
            try (Database db = Database.open(file)) {
                assertEquals(Optional.of("Amina"), new JooqSettings(db).get("officer.name"));
            }
        }
        assertEquals(1, Backups.list(file).size(), "only reading it leaves the one copy standing");
        try (Database db = Database.open(file)) {
            new JooqSettings(db).put("officer.name", "Amina Diallo");
        }
        Database.open(file).close();
        assertEquals(2, Backups.list(file).size(), "written since: copied again at the next start");
    }

    @Test
    void failedTransactionLeavesNothingBehind() {
        try (Database db = Database.open(dir.resolve("desk.db"))) {
            JooqSettings settings = new JooqSettings(db);
            assertThrows(IllegalStateException.class, () -> db.run(() -> {
                settings.put("a", "1");
                throw new IllegalStateException("boom");
            }));
            assertEquals(Optional.empty(), settings.get("a"));
        }
    }

    @Test
    void fileThatIsNotADatabaseIsRefusedAndLeftAlone() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "These are my meeting notes, not a database.");
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("notes.db"), e.getMessage());
        assertEquals("These are my meeting notes, not a database.", Files.readString(file));
    }
}
