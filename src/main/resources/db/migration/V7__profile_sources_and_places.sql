-- Profiles, continued (issue 4).
--
-- Place names: a hub or city profile names its place in English, French and Arabic. The existing
-- column "place" keeps the English name (so existing data reads as before); the French and Arabic
-- names are new columns, empty until an officer writes them.
ALTER TABLE profile ADD COLUMN place_fr TEXT NOT NULL DEFAULT '';
ALTER TABLE profile ADD COLUMN place_ar TEXT NOT NULL DEFAULT '';

-- Sources: the list of a profile's sources is computed from its texts' links and its indicators'
-- source URLs, so it never goes out of date. Only what an officer writes about a source is stored
-- here, per profile and URL: a title in place of the link text (empty: the link text) and the day the
-- address was last checked. A row whose URL is no longer linked stays, harmless, and is used again
-- when the link comes back.
CREATE TABLE profile_source (
    id          TEXT PRIMARY KEY,
    profile_id  TEXT NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    url         TEXT NOT NULL CHECK (url <> ''),
    title       TEXT NOT NULL DEFAULT '',
    accessed_on TEXT CHECK (accessed_on IS NULL OR date(accessed_on) = accessed_on),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1,
    UNIQUE (profile_id, url)
) STRICT;
