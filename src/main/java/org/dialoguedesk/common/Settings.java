package org.dialoguedesk.common;

import java.util.Optional;

/** Small named values kept with the desk's data (the officer's name, the interface language). */
public interface Settings {

    String OFFICER_NAME = "officer.name";
    String UI_LANGUAGE = "ui.language";
    /** Days passport data is kept after a meeting's last day (0 when not set). */
    String PASSPORT_RETENTION_DAYS = "meeting.passportRetentionDays";

    Optional<String> get(String key);

    void put(String key, String value);
}
