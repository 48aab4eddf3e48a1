package org.dialoguedesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Settings;
import org.junit.jupiter.api.Test;

class SettingsFormModelTest {

    private final Map<String, String> stored = new HashMap<>();
    private final Settings settings = new Settings() {
        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(stored.get(key));
        }

        @Override
        public void put(String key, String value) {
            stored.put(key, value);
        }
    };

    @Test
    void officerNameIsRequired() {
        SettingsFormModel form = new SettingsFormModel(settings, new SameThreadJobRunner(e -> { }),
                new I18n(Lang.EN), "", Lang.EN, true, s -> { });
        form.officerNameProperty().set("   ");
        form.submit();
        assertFalse(form.doneProperty().get());
        assertEquals("Your name is required.", form.errors().of("officer").get());
        assertTrue(stored.isEmpty());
    }

    @Test
    void savesNameAndLanguage() {
        AtomicReference<SettingsFormModel.Saved> saved = new AtomicReference<>();
        SettingsFormModel form = new SettingsFormModel(settings, new SameThreadJobRunner(e -> { }),
                new I18n(Lang.FR), "", Lang.FR, true, saved::set);
        form.officerNameProperty().set(" Nadia Mansour ");
        form.languageProperty().set(Lang.AR);
        form.submit();
        assertTrue(form.doneProperty().get());
        assertEquals("Nadia Mansour", stored.get(Settings.OFFICER_NAME));
        assertEquals("ar", stored.get(Settings.UI_LANGUAGE));
        assertEquals(Lang.AR, saved.get().language());
    }
}
