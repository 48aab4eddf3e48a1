package org.dialoguedesk.store;

import static org.dialoguedesk.store.schema.Tables.BUNDLE_IMPORT_LOG;
import static org.dialoguedesk.store.schema.Tables.SYNC_RECORD;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.dialoguedesk.bundle.BundleRecord;
import org.dialoguedesk.bundle.CanonicalHash;
import org.dialoguedesk.bundle.ImportLogEntry;
import org.dialoguedesk.bundle.RecordKey;
import org.dialoguedesk.bundle.RecordKind;
import org.dialoguedesk.bundle.RecordStore;
import org.dialoguedesk.bundle.VersionClock;
import org.dialoguedesk.common.Officer;
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
    public List<BundleRecord> refresh(Set<RecordKind> kinds) {
        return db.inTransaction(() -> {
            List<BundleRecord> out = new ArrayList<>();
            RecordRows rows = new RecordRows(db.dsl());
            for (RecordKind kind : RecordKind.values()) {
                if (kinds.contains(kind)) {
                    out.addAll(refresh(kind, rows));
                }
            }
            return out;
        });
    }

    private List<BundleRecord> refresh(RecordKind kind, RecordRows rows) {
        Map<String, Map<String, Object>> contents = rows.readAll(RecordShape.of(kind));
        Map<String, SyncRecordRecord> synced = new HashMap<>();
        for (SyncRecordRecord s : db.dsl().selectFrom(SYNC_RECORD).where(SYNC_RECORD.KIND.eq(kind.name())).fetch()) {
            synced.put(s.getRecordId(), s);
        }
        TreeMap<UUID, BundleRecord> out = new TreeMap<>();
        List<Object[]> pending = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> e : contents.entrySet()) {
            UUID id = uuid(kind, e.getKey());
            String hash = CanonicalHash.of(e.getValue());
            SyncRecordRecord s = synced.remove(e.getKey());
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
            out.put(id, BundleRecord.live(kind, id, e.getValue(), clock));
        }
        for (SyncRecordRecord vanished : synced.values()) {
            VersionClock clock = VersionClock.parse(vanished.getClock());
            if (vanished.getDeleted() == 0L) {
                clock = clock.bump(installationId);
                saveSync(pending, kind, vanished.getRecordId(), clock, CanonicalHash.TOMBSTONE, true);
            }
            UUID id = uuid(kind, vanished.getRecordId());
            out.put(id, BundleRecord.tombstone(kind, id, clock));
        }
        flushSync(pending);
        return new ArrayList<>(out.values());
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
    public void apply(List<BundleRecord> changes, ImportLogEntry entry) {
        String now = clock.instant().truncatedTo(ChronoUnit.MILLIS).toString();
        String who = officer.name();
        try {
            db.run(() -> {
                db.dsl().execute("PRAGMA defer_foreign_keys = ON");
                RecordRows rows = new RecordRows(db.dsl());
                List<BundleRecord> ordered = new ArrayList<>(changes);
                ordered.sort((a, b) -> a.key().compareTo(b.key()));
                Map<RecordKey, SyncRecordRecord> synced = new HashMap<>();
                for (SyncRecordRecord s : db.dsl().selectFrom(SYNC_RECORD).fetch()) {
                    synced.put(new RecordKey(RecordKind.valueOf(s.getKind()), UUID.fromString(s.getRecordId())), s);
                }
                List<Object[]> pending = new ArrayList<>();
                for (BundleRecord change : ordered) {
                    write(rows, change, synced.get(change.key()), now, who);
                    saveSync(pending, change.kind(), change.id().toString(), change.clock(), change.contentHash(),
                            change.deleted());
                }
                rows.flush();
                flushSync(pending);
                checkReferences();
                log(entry);
            });
        } catch (DataAccessException e) {
            throw new StoreException("The import was not applied, and nothing was changed: " + reason(e), e);
        }
    }

    /** Writes one record's rows unless its stored hash says they already hold this content, then its clock. */
    private void write(RecordRows rows, BundleRecord change, SyncRecordRecord stored, String now, String who) {
        RecordKey key = change.key();
        String id = key.id().toString();
        RecordShape shape = RecordShape.of(key.kind());
        String hash = change.contentHash();
        boolean sameContent = stored != null && stored.getContentHash().equals(hash)
                && (stored.getDeleted() != 0L) == change.deleted();
        if (!sameContent) {
            if (change.deleted()) {
                rows.delete(shape, id);
            } else {
                boolean exists = stored != null && stored.getDeleted() == 0L;
                rows.write(shape, id, change.content(), exists, now, who);
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
