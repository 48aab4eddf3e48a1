package org.dialoguedesk.store;

import static org.dialoguedesk.store.schema.Tables.BUNDLE_IMPORT_LOG;
import static org.dialoguedesk.store.schema.Tables.SYNC_RECORD;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.dialoguedesk.bundle.BundleRecord;
import org.dialoguedesk.bundle.CanonicalHash;
import org.dialoguedesk.bundle.ImportLogEntry;
import org.dialoguedesk.bundle.RecordKey;
import org.dialoguedesk.bundle.RecordKind;
import org.dialoguedesk.bundle.RecordSource;
import org.dialoguedesk.bundle.RecordState;
import org.dialoguedesk.bundle.RecordStore;
import org.dialoguedesk.bundle.VersionClock;
import org.dialoguedesk.common.Officer;
import org.dialoguedesk.common.ReadAhead;
import org.dialoguedesk.common.StoreException;
import org.dialoguedesk.store.schema.tables.records.SyncRecordRecord;
import org.jooq.BatchBindStep;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The desk's records for bundles, with their clocks kept lazily in {@code sync_record}: the app's
 * screens change rows without knowing about clocks, and each refresh finds what changed since by the
 * content hash. Imports are written in one transaction with foreign keys checked at commit, so
 * records may arrive in any order and an import that would break a reference keeps nothing.
 */
public final class JooqRecordStore implements RecordStore {

    /** Clock rows and record rows written per statement batch: bounded memory, few round trips. */
    private static final int SYNC_BATCH = 1_000;
    /** Rows waiting to be inserted before they are written: one questionnaire round alone has tens of thousands. */
    private static final int ROW_BATCH = 10_000;
    /** Records read ahead of the writing: enough to keep both cores busy, few enough to hold. */
    private static final int PREFETCH = 4;

    private final Database db;
    private final String installationId;
    private final Officer officer;
    private final Clock clock;

    public JooqRecordStore(Database db, String installationId, Officer officer, Clock clock) {
        this.db = db;
        this.installationId = installationId;
        this.officer = officer;
        this.clock = clock;
    }

    @Override
    public String installationId() {
        return installationId;
    }

    @Override
    public void refresh(Set<RecordKind> kinds, Consumer<BundleRecord> each) {
        db.inTransaction(() -> {
            RecordRows rows = new RecordRows(db.dsl());
            for (RecordKind kind : RecordKind.values()) {
                if (kinds.contains(kind)) {
                    refresh(kind, rows, (record, hash) -> each.accept(record));
                }
            }
            return null;
        });
    }

    @Override
    public Map<RecordKey, RecordState> states(Set<RecordKind> kinds) {
        return db.inTransaction(() -> {
            Map<RecordKey, RecordState> out = new HashMap<>();
            RecordRows rows = new RecordRows(db.dsl());
            for (RecordKind kind : RecordKind.values()) {
                if (kinds.contains(kind)) {
                    refresh(kind, rows, (r, hash) -> out.put(r.key(), new RecordState(r.key(), r.clock(), hash, r.deleted())));
                }
            }
            return out;
        });
    }

    @Override
    public Optional<BundleRecord> read(RecordKey key) {
        return db.inTransaction(() -> {
            String id = key.id().toString();
            SyncRecordRecord s = db.dsl().selectFrom(SYNC_RECORD).where(SYNC_RECORD.KIND.eq(key.kind().name()))
                    .and(SYNC_RECORD.RECORD_ID.eq(id)).fetchOne();
            Map<String, Object> content = new RecordRows(db.dsl()).read(RecordShape.of(key.kind()), List.of(id)).get(id);
            if (content != null) {
                VersionClock clock = s == null ? VersionClock.empty() : VersionClock.parse(s.getClock());
                return Optional.of(BundleRecord.live(key.kind(), key.id(), content, clock));
            }
            return Optional.ofNullable(s).map(t -> BundleRecord.tombstone(key.kind(), key.id(), VersionClock.parse(t.getClock())));
        });
    }

    /**
     * Goes through the kind's live records a batch at a time in id order, then its tombstones, bumping the
     * clock of each record whose content hash moved since the last refresh, and gives each with its hash.
     */
    private void refresh(RecordKind kind, RecordRows rows, BiConsumer<BundleRecord, String> each) {
        RecordShape shape = RecordShape.of(kind);
        Map<String, SyncRecordRecord> synced = new HashMap<>();
        for (SyncRecordRecord s : db.dsl().selectFrom(SYNC_RECORD).where(SYNC_RECORD.KIND.eq(kind.name())).fetch()) {
            synced.put(s.getRecordId(), s);
        }
        List<Object[]> pending = new ArrayList<>();
        int batch = batchSize(kind);
        // the next batch is read from SQLite on another thread while this one hashes and hands on the last;
        // the two threads' statements take turns on the connection (the lock), never run at once
        ReadAhead.<Map<String, Map<String, Object>>>forEach(sink -> {
            String after = null;
            while (true) {
                Map<String, Map<String, Object>> contents;
                synchronized (rows) {
                    contents = rows.readAfter(shape, after, batch);
                }
                if (contents.isEmpty()) {
                    return;
                }
                for (String id : contents.keySet()) {
                    after = id;
                }
                sink.accept(contents);
            }
        }, 1, contents -> {
            for (Map.Entry<String, Map<String, Object>> e : contents.entrySet()) {
                SyncRecordRecord s = synced.remove(e.getKey());
                BundleRecord fresh = BundleRecord.live(kind, uuid(kind, e.getKey()), e.getValue(), VersionClock.empty());
                String hash = fresh.contentHash();
                VersionClock clock;
                if (s == null) {
                    clock = VersionClock.empty().bump(installationId);
                } else if (!s.getContentHash().equals(hash) || s.getDeleted() != 0L) {
                    clock = VersionClock.parse(s.getClock()).bump(installationId);
                } else {
                    clock = VersionClock.parse(s.getClock());
                }
                if (s == null || !clock.toText().equals(s.getClock()) || s.getDeleted() != 0L) {
                    saveSync(pending, kind, e.getKey(), clock, hash, false);
                }
                each.accept(fresh.withClock(clock), hash);
            }
            if (pending.size() >= SYNC_BATCH) {
                synchronized (rows) {
                    flushSync(pending);
                }
            }
        }, "store-" + kind.resourceName() + "-ahead");
        TreeMap<UUID, BundleRecord> tombstones = new TreeMap<>();
        for (SyncRecordRecord vanished : synced.values()) {
            VersionClock clock = VersionClock.parse(vanished.getClock());
            if (vanished.getDeleted() == 0L) {
                clock = clock.bump(installationId);
                saveSync(pending, kind, vanished.getRecordId(), clock, CanonicalHash.TOMBSTONE, true);
            }
            UUID id = uuid(kind, vanished.getRecordId());
            tombstones.put(id, BundleRecord.tombstone(kind, id, clock));
        }
        flushSync(pending);
        tombstones.values().forEach(t -> each.accept(t, CanonicalHash.TOMBSTONE));
    }

    /**
     * How many records of a kind are read at once: a round carries thousands of answers and a profile
     * three languages of text, so they come a few at a time; small records come by the hundred.
     */
    private static int batchSize(RecordKind kind) {
        return switch (kind) {
            case QUESTIONNAIRE_ROUND -> 2;
            case QUESTIONNAIRE_TEMPLATE, PROFILE_TEMPLATE, PROFILE -> 8;
            case MEETING -> 25;
            default -> 500;
        };
    }

    private static UUID uuid(RecordKind kind, String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new StoreException("A " + kind.resourceName() + " record has the id '" + id
                    + "', which is not a UUID; it cannot travel in a bundle.", e);
        }
    }

    private static void saveSync(List<Object[]> pending, RecordKind kind, String id, VersionClock clock, String hash,
            boolean deleted) {
        pending.add(new Object[] {kind.name(), id, clock.toText(), hash, deleted ? 1L : 0L});
    }

    /** Writes the pending clock rows as one prepared statement: tens of thousands on a first refresh. */
    private void flushSync(List<Object[]> pending) {
        if (pending.isEmpty()) {
            return;
        }
        BatchBindStep batch = db.dsl().batch(db.dsl().insertInto(SYNC_RECORD, SYNC_RECORD.KIND, SYNC_RECORD.RECORD_ID,
                        SYNC_RECORD.CLOCK, SYNC_RECORD.CONTENT_HASH, SYNC_RECORD.DELETED)
                .values((String) null, null, null, null, null)
                .onConflict(SYNC_RECORD.KIND, SYNC_RECORD.RECORD_ID).doUpdate()
                .set(SYNC_RECORD.CLOCK, DSL.excluded(SYNC_RECORD.CLOCK))
                .set(SYNC_RECORD.CONTENT_HASH, DSL.excluded(SYNC_RECORD.CONTENT_HASH))
                .set(SYNC_RECORD.DELETED, DSL.excluded(SYNC_RECORD.DELETED)));
        for (Object[] row : pending) {
            batch = batch.bind(row);
        }
        batch.execute();
        pending.clear();
    }

    @Override
    public Map<RecordKey, Instant> lastChanged(Set<RecordKind> kinds) {
        return db.inTransaction(() -> {
            Map<RecordKey, Instant> out = new HashMap<>();
            RecordChangeTimes times = new RecordChangeTimes(db.dsl());
            for (RecordKind kind : kinds) {
                times.of(RecordShape.of(kind)).forEach((id, at) -> out.put(new RecordKey(kind, uuid(kind, id)), at));
            }
            return out;
        });
    }

    @Override
    public void apply(RecordSource changes, Set<RecordKey> merged, ImportLogEntry entry) {
        String now = clock.instant().truncatedTo(ChronoUnit.MILLIS).toString();
        String who = officer.name();
        try {
            db.run(() -> {
                db.dsl().execute("PRAGMA defer_foreign_keys = ON");
                SearchIndexBulkFill searchIndex = new SearchIndexBulkFill(db.dsl());
                searchIndex.suspend();
                RecordWriter rows = new RecordWriter(db.dsl());
                Map<RecordKey, Stored> synced = new HashMap<>();
                for (var s : db.dsl().select(SYNC_RECORD.KIND, SYNC_RECORD.RECORD_ID, SYNC_RECORD.CONTENT_HASH,
                        SYNC_RECORD.DELETED).from(SYNC_RECORD).fetch()) {
                    synced.put(new RecordKey(RecordKind.valueOf(s.value1()), UUID.fromString(s.value2())),
                            new Stored(s.value3(), s.value4() != 0L));
                }
                List<Object[]> pending = new ArrayList<>();
                // the bundle is read, and the rows of new records made, on another thread while this one
                // writes the records before them: the statements all run here
                ReadAhead.<Change>forEach(sink -> changes.forEach(change -> sink.accept(
                        Change.of(rows, change, synced.get(change.key()), now, who))), PREFETCH, change -> {
                    change.write(rows, now, who);
                    BundleRecord r = change.record();
                    saveSync(pending, r.kind(), r.id().toString(), r.clock(), r.contentHash(), r.deleted());
                    if (pending.size() >= SYNC_BATCH || rows.pendingRows() >= ROW_BATCH) {
                        rows.flush();
                        flushSync(pending);
                    }
                }, "import-ahead");
                rows.flush();
                flushSync(pending);
                searchIndex.resume();
                rederive(merged);
                checkReferences();
                log(entry);
            });
        } catch (DataAccessException e) {
            throw new StoreException("The import was not applied, and nothing was changed: " + reason(e), e);
        }
    }

    /**
     * Works out again the derived fields of records an officer merged from two copies (a contact's search
     * text from the name chosen on one side and the organisation from the other), and stores the hash of
     * the record as it now is, so the next refresh does not count the recomputation as an edit.
     */
    private void rederive(Set<RecordKey> merged) {
        JooqContactRepository contacts = new JooqContactRepository(db);
        for (RecordKey key : merged) {
            if (key.kind() != RecordKind.CONTACT) {
                continue;
            }
            contacts.reindex(key.id());
            String id = key.id().toString();
            new RecordRows(db.dsl()).read(RecordShape.of(key.kind()), List.of(id)).values().forEach(content ->
                    db.dsl().update(SYNC_RECORD).set(SYNC_RECORD.CONTENT_HASH, CanonicalHash.of(content))
                            .where(SYNC_RECORD.KIND.eq(key.kind().name())).and(SYNC_RECORD.RECORD_ID.eq(id)).execute());
        }
    }

    /** What the clock table says of a stored record: enough to tell whether its rows already hold a content. */
    private record Stored(String contentHash, boolean deleted) {
    }

    /**
     * One incoming record and what writing it takes: nothing when the stored hash says its rows already hold
     * this content, its rows made ready when the desk has none of it, or else deleting or replacing its rows.
     */
    private record Change(BundleRecord record, boolean sameContent, boolean exists, RecordWriter.NewRows newRows) {

        /** Works out what needs no connection (the hash, a new record's rows): called on the reading thread. */
        static Change of(RecordWriter rows, BundleRecord record, Stored stored, String now, String who) {
            boolean same = stored != null && stored.contentHash().equals(record.contentHash())
                    && stored.deleted() == record.deleted();
            boolean exists = stored != null && !stored.deleted();
            RecordWriter.NewRows fresh = same || exists || record.deleted() ? null
                    : rows.rowsOfNew(RecordShape.of(record.kind()), record.id().toString(), record.content(), now, who);
            return new Change(record, same, exists, fresh);
        }

        void write(RecordWriter rows, String now, String who) {
            RecordShape shape = RecordShape.of(record.kind());
            String id = record.id().toString();
            if (newRows != null) {
                rows.insert(newRows);
            } else if (sameContent) {
                return;
            } else if (record.deleted()) {
                rows.delete(shape, id);
            } else {
                rows.write(shape, id, record.content(), exists, now, who);
            }
        }
    }

    private static String reason(DataAccessException e) {
        return String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
    }

    /**
     * Checks the deferred foreign keys before the commit, so a broken reference rolls the import back
     * with a message naming the table, instead of failing inside the commit.
     */
    private void checkReferences() {
        var violations = db.dsl().fetch("PRAGMA foreign_key_check");
        if (violations.isNotEmpty()) {
            Set<String> where = new java.util.TreeSet<>();
            violations.forEach(r -> where.add(r.get(0, String.class) + " → " + r.get(2, String.class)));
            throw new StoreException("The import was not applied, and nothing was changed: " + violations.size()
                    + " rows would point to records this desk does not have or that the bundle deletes (" + where
                    + "). Import the bundle those records came with first.");
        }
    }

    private void log(ImportLogEntry entry) {
        db.dsl().insertInto(BUNDLE_IMPORT_LOG)
                .set(BUNDLE_IMPORT_LOG.ID, UUID.randomUUID().toString())
                .set(BUNDLE_IMPORT_LOG.IMPORTED_AT, entry.importedAt().toString())
                .set(BUNDLE_IMPORT_LOG.OFFICER, entry.officer())
                .set(BUNDLE_IMPORT_LOG.FILE_NAME, entry.fileName())
                .set(BUNDLE_IMPORT_LOG.SOURCE_INSTALLATION, entry.sourceInstallation())
                .set(BUNDLE_IMPORT_LOG.COUNTS, entry.counts())
                .set(BUNDLE_IMPORT_LOG.OUTCOME, entry.outcome())
                .execute();
    }

    @Override
    public List<ImportLogEntry> importLog() {
        return db.dsl().selectFrom(BUNDLE_IMPORT_LOG).orderBy(BUNDLE_IMPORT_LOG.IMPORTED_AT.desc())
                .fetch(r -> new ImportLogEntry(Instant.parse(r.getImportedAt()), r.getOfficer(), r.getFileName(),
                        r.getSourceInstallation(), r.getCounts(), r.getOutcome()));
    }
}
