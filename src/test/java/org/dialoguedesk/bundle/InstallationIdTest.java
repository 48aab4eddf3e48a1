package org.dialoguedesk.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.dialoguedesk.common.Settings;
import org.junit.jupiter.api.Test;

class InstallationIdTest {

    private final Map<String, String> values = new HashMap<>();
    private final Settings settings = new Settings() {
        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(values.get(key));
        }

        @Override
        public void put(String key, String value) {
            values.put(key, value);
        }
    };

    @Test
    void theSameDatabaseFileKeepsItsInstallationId() {
        String first = InstallationId.of(settings, Path.of("/data/desk.db"));
        UUID.fromString(first);
        assertEquals(first, InstallationId.of(settings, Path.of("/data/./desk.db")));
    }

    @Test
    void aDatabaseFileCopiedElsewhereIsAnotherDesk() {
        String original = InstallationId.of(settings, Path.of("/data/desk.db"));
        String copy = InstallationId.of(settings, Path.of("/usb/desk.db"));
        assertNotEquals(original, copy);
        assertEquals(copy, InstallationId.of(settings, Path.of("/usb/desk.db")));
    }
}
