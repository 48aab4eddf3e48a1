package org.dialoguedesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.dialoguedesk.common.StoreException;
import org.dialoguedesk.common.Transactions;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The desk's SQLite file, open: exclusively locked against a second Dialogue Desk on the same file,
 * backed up, migrated to the current schema. One connection, used from one thread at a time (the
 * window's store executor, or the command line's main thread); SQLite has a single writer anyway.
 */
public final class Database implements Transactions, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path file;
    private final boolean created;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Connection connection;
    private final DSLContext dsl;
    private int transactionDepth;

    private Database(Path file, boolean created, FileChannel lockChannel, FileLock lock, Connection connection) {
        this.file = file;
        this.created = created;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.connection = connection;
        this.dsl = DSL.using(connection, SQLDialect.SQLITE);
    }

    /**
     * Opens (creating if needed) and migrates the file. Before migrating an existing file written since
     * its newest copy, a copy is written to {@code backups/} beside it, keeping the newest {@link Backups#KEEP}.
     *
     * @throws StoreException with a message for the officer when the file is in use or unreadable
     */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        FileChannel channel = null;
        try {
            Files.createDirectories(absolute.getParent());
            boolean created = !Files.exists(absolute) || Files.size(absolute) == 0;
            Path lockFile = absolute.resolveSibling(absolute.getFileName() + ".lock");
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel, absolute);
            // looked at before connecting: connecting makes a fresh write-ahead log beside the file
            boolean backUp = !created && !Backups.upToDate(absolute);
            SQLiteDataSource dataSource = dataSource(absolute);
            Connection connection = dataSource.getConnection();
            Database db = new Database(absolute, created, channel, lock, connection);
            try {
                if (backUp) {
                    Backups.backUp(connection, absolute);
                }
                migrate(dataSource, absolute);
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
            return db;
        } catch (IOException | SQLException e) {
            closeQuietly(channel);
            throw new StoreException("Cannot open the database file " + absolute + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel, Path db) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new StoreException("Dialogue Desk already has " + db + " open in another window or command. "
                    + "Close it there first, or choose another file with --db.");
        }
        return lock;
    }

    private static SQLiteDataSource dataSource(Path file) {
        // PRAGMAs belong on the connection, not in migrations (they cannot run inside a transaction).
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(10_000);
        // 64 MB of page cache (native memory, not the Java heap): a large import or export touches every
        // index of the file, and SQLite's default 2 MB makes it read the same pages over and over
        config.setCacheSize(-65_536);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file);
        return ds;
    }

    private static void migrate(SQLiteDataSource dataSource, Path file) {
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                    .loggers("slf4j").load().migrate();
        } catch (FlywayException e) {
            LOG.error("Migration of {} failed", file, e);
            throw new StoreException("The database file " + file + " could not be brought up to date ("
                    + e.getMessage() + "). It was left unchanged; a backup is in the backups folder beside it.", e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }

    /** Removes a database file with its WAL, shared-memory and lock companions. */
    public static void deleteFiles(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException e) {
                LOG.warn("Could not remove {}{}", file, suffix, e);
            }
        }
    }

    public Path file() {
        return file;
    }

    /** True when this open created the file: the caller then fills it (sample data, unless --empty). */
    public boolean isNew() {
        return created;
    }

    public DSLContext dsl() {
        return dsl;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (transactionDepth > 0) {
            transactionDepth++;
            try {
                return work.get();
            } finally {
                transactionDepth--;
            }
        }
        try {
            connection.setAutoCommit(false);
            transactionDepth = 1;
            try {
                T result = work.get();
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                transactionDepth = 0;
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("The database could not complete the change: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing {} failed", file, e);
        }
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            LOG.warn("Releasing the lock on {} failed", file, e);
        }
    }
}
