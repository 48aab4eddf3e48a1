package org.dialoguedesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.profile.Profile;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A desk file written before V7 (one place name) opens with its place as the English name. */
class PlaceNamesMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aPlaceStoredBeforeV7ReadsAsItsEnglishName() throws SQLException {
        Path file = dir.resolve("desk.db");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("6").load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO profile_template (id, ref_key, title_en, title_fr, title_ar, kinds, created_at,"
                    + " updated_at, updated_by) VALUES ('11111111-1111-1111-1111-111111111111', 'cities', 'Cities',"
                    + " '', '', 'CITY', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'test')");
            s.executeUpdate("INSERT INTO profile (id, ref_key, kind, template_id, place, title_en, title_fr, title_ar,"
                    + " access, source_language, created_at, updated_at, updated_by) VALUES"
                    + " ('22222222-2222-2222-2222-222222222222', 'city-tangier', 'CITY',"
                    + " '11111111-1111-1111-1111-111111111111', 'Tangier', 'Tangier', '', '', 'PUBLIC', 'en',"
                    + " '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'test')");
        }
        try (Desk desk = Desk.open(file, true, TestDesks.CLOCK)) {
            Profile tangier = desk.profiles().findProfile("city-tangier").orElseThrow();
            assertEquals(Localized.of("Tangier"), tangier.place());
            assertEquals("Tangier", tangier.place().in(Lang.AR));
            assertEquals(List.of(), desk.profileSources().sources(tangier.id()));
        }
    }
}
