package org.dialoguedesk.app;

import java.nio.file.Path;
import java.util.Locale;

/** Where the desk keeps its database when no {@code --db} is given: the OS's per-user data folder. */
public final class DataLocations {

    public static final String DATABASE_NAME = "dialogue-desk.db";

    private DataLocations() {
    }

    public static Path defaultDatabase() {
        return dataFolder().resolve(DATABASE_NAME);
    }

    /**
     * The folder of letter templates the officer may edit, next to the database: a template there
     * replaces the one shipped with the application.
     */
    public static Path templatesFolder(Path database) {
        return database.toAbsolutePath().getParent().resolve("templates");
    }

    static Path dataFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming"))
                    .resolve("Dialogue Desk");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Dialogue Desk");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share"))
                .resolve("dialogue-desk");
    }
}
