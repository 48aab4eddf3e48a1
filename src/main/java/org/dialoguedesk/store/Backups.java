package org.dialoguedesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rolling copies of the database file in {@code backups/} beside it, taken at a start when the file was
 * written after its newest copy: starting twice without a change in between (a command, then the window)
 * makes one copy, so the copies kept hold different states of the file and a large file is not copied
 * for nothing.
 */
public final class Backups {

    public static final int KEEP = 5;
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private Backups() {
    }

    public static Path folderFor(Path dbFile) {
        return dbFile.resolveSibling("backups");
    }

    /**
     * Whether the newest copy holds what the file holds: the file and its write-ahead log were last
     * written before that copy was made. A time stamp as late as the copy's counts as a change (a coarse
     * file system clock could not tell them apart), so a doubt always makes a new copy.
     */
    static boolean upToDate(Path dbFile) throws IOException {
        List<Path> all = list(dbFile);
        if (all.isEmpty()) {
            return false;
        }
        FileTime copied = Files.getLastModifiedTime(all.get(all.size() - 1));
        for (Path written : List.of(dbFile, dbFile.resolveSibling(dbFile.getFileName() + "-wal"))) {
            if (Files.exists(written) && Files.getLastModifiedTime(written).compareTo(copied) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** A consistent copy through {@code VACUUM INTO} (safe while WAL holds uncommitted pages). */
    static void backUp(Connection connection, Path dbFile) throws IOException, SQLException {
        Path folder = folderFor(dbFile);
        Files.createDirectories(folder);
        String stem = dbFile.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Path target = folder.resolve(stem + "-" + LocalDateTime.now().format(STAMP) + ".db");
        try (PreparedStatement st = connection.prepareStatement("VACUUM INTO ?")) {
            st.setString(1, target.toString());
            st.execute();
        }
        prune(folder, stem);
    }

    public static List<Path> list(Path dbFile) throws IOException {
        Path folder = folderFor(dbFile);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        String stem = dbFile.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(stem + "-")
                            && p.getFileName().toString().endsWith(".db"))
                    .sorted(Comparator.comparing(Path::getFileName)).toList();
        }
    }

    private static void prune(Path folder, String stem) throws IOException {
        List<Path> all = list(folder.resolveSibling(stem + ".db"));
        for (int i = 0; i < all.size() - KEEP; i++) {
            try {
                Files.deleteIfExists(all.get(i));
            } catch (IOException e) {
                LOG.warn("Could not remove old backup {}", all.get(i), e);
            }
        }
    }
}
