-- Version clocks of the records that travel in bundles, refreshed lazily before each export or import:
-- a record without a row gets {this installation: 1}; a record whose content hash changed since gets one
-- more count for this installation; a row whose record vanished becomes a tombstone (deleted = 1).
CREATE TABLE sync_record (
    kind         TEXT NOT NULL CHECK (kind <> ''),
    record_id    TEXT NOT NULL CHECK (record_id <> ''),
    clock        TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    PRIMARY KEY (kind, record_id)
) STRICT;

-- One row per bundle import tried: when, by whom, from which file and installation, what it counted, how it ended.
CREATE TABLE bundle_import_log (
    id                  TEXT PRIMARY KEY,
    imported_at         TEXT NOT NULL,
    officer             TEXT NOT NULL,
    file_name           TEXT NOT NULL,
    source_installation TEXT NOT NULL,
    counts              TEXT NOT NULL,
    outcome             TEXT NOT NULL
) STRICT;
