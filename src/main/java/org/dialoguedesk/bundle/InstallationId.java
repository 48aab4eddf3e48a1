package org.dialoguedesk.bundle;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.dialoguedesk.common.Settings;

/**
 * The name this desk's changes carry in version clocks. Kept in the database's settings with the path
 * of the file it was made for: a database file copied to another laptop (or another folder) is another
 * desk, and gets a new id, or its changes and the original's would be counted as one desk's.
 */
public final class InstallationId {

    static final String ID = "bundle.installation.id";
    static final String PATH = "bundle.installation.path";

    private InstallationId() {
    }

    /** The id for the database at {@code databaseFile}, made (and kept) anew when there is none for that path. */
    public static String of(Settings settings, Path databaseFile) {
        String path = databaseFile.toAbsolutePath().normalize().toString();
        Optional<String> id = settings.get(ID);
        if (id.isPresent() && settings.get(PATH).filter(path::equals).isPresent()) {
            return id.get();
        }
        String fresh = UUID.randomUUID().toString();
        settings.put(ID, fresh);
        settings.put(PATH, path);
        return fresh;
    }
}
