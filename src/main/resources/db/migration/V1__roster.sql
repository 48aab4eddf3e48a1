-- Partner rosters: dialogues, countries, organisations, dated memberships, contacts and their roles.
-- Every user-facing record carries: id (UUID text), created_at / updated_at (ISO-8601 UTC),
-- updated_by (officer name) and revision (incremented on every change), so that bundles from
-- several laptops can later be merged record by record. Soft-deleted rows keep deleted_at.

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- Reference data (ISO 3166-1 alpha-3), refreshed from the application's countries.csv at start.
CREATE TABLE country (
    code    TEXT PRIMARY KEY CHECK (length(code) = 3),
    alpha2  TEXT NOT NULL,
    region  TEXT NOT NULL,
    name_en TEXT NOT NULL,
    name_fr TEXT NOT NULL,
    name_ar TEXT NOT NULL
) STRICT;

CREATE TABLE organisation (
    id           TEXT PRIMARY KEY,
    ref_key      TEXT UNIQUE,
    acronym      TEXT,
    name_en      TEXT NOT NULL,
    name_fr      TEXT,
    name_ar      TEXT,
    type         TEXT NOT NULL,
    country_code TEXT REFERENCES country (code),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 1,
    deleted_at   TEXT
) STRICT;

CREATE TABLE dialogue (
    id              TEXT PRIMARY KEY,
    ref_key         TEXT NOT NULL UNIQUE,
    acronym_en      TEXT NOT NULL,
    acronym_fr      TEXT NOT NULL,
    acronym_ar      TEXT NOT NULL,
    name_en         TEXT NOT NULL,
    name_fr         TEXT NOT NULL,
    name_ar         TEXT NOT NULL,
    start_year      INTEGER,
    description_en  TEXT,
    description_fr  TEXT,
    description_ar  TEXT,
    thematic_areas  TEXT NOT NULL DEFAULT '',
    secretariat_id  TEXT REFERENCES organisation (id),
    status          TEXT NOT NULL CHECK (status IN ('ACTIVE', 'CONCLUDED')),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 1,
    deleted_at      TEXT
) STRICT;

-- A member is either a country or an organisation; valid_to NULL means "still a member".
CREATE TABLE membership (
    id              TEXT PRIMARY KEY,
    dialogue_id     TEXT NOT NULL REFERENCES dialogue (id),
    country_code    TEXT REFERENCES country (code),
    organisation_id TEXT REFERENCES organisation (id),
    role            TEXT NOT NULL,
    valid_from      TEXT NOT NULL,
    valid_to        TEXT,
    note            TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 1,
    CHECK ((country_code IS NULL) <> (organisation_id IS NULL)),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
) STRICT;
CREATE INDEX membership_dialogue ON membership (dialogue_id, valid_from);
CREATE INDEX membership_country ON membership (country_code);

CREATE TABLE contact (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    name_ar         TEXT,
    title           TEXT,
    position        TEXT,
    organisation_id TEXT REFERENCES organisation (id),
    country_code    TEXT REFERENCES country (code),
    phones          TEXT NOT NULL DEFAULT '',
    languages       TEXT NOT NULL DEFAULT '',
    notes           TEXT,
    consent_basis   TEXT,
    consent_date    TEXT,
    consent_source  TEXT,
    -- name folded for case, accents and transliteration: duplicate detection compares these
    name_key        TEXT NOT NULL,
    -- folded name, Arabic name, organisation, country names and emails: what search matches
    search_text     TEXT NOT NULL,
    merged_into     TEXT REFERENCES contact (id),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 1,
    deleted_at      TEXT
) STRICT;
CREATE INDEX contact_name_key ON contact (name_key);
CREATE INDEX contact_organisation ON contact (organisation_id);
CREATE INDEX contact_country ON contact (country_code);

CREATE TABLE contact_email (
    contact_id TEXT NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    email      TEXT NOT NULL,
    email_key  TEXT NOT NULL,
    PRIMARY KEY (contact_id, ordinal)
) STRICT;
CREATE INDEX contact_email_key ON contact_email (email_key);

-- Roles over time: national focal point or contact point of a country in a dialogue.
CREATE TABLE contact_role (
    id           TEXT PRIMARY KEY,
    contact_id   TEXT NOT NULL REFERENCES contact (id),
    dialogue_id  TEXT NOT NULL REFERENCES dialogue (id),
    country_code TEXT NOT NULL REFERENCES country (code),
    role         TEXT NOT NULL,
    valid_from   TEXT NOT NULL,
    valid_to     TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 1,
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
) STRICT;
CREATE INDEX contact_role_contact ON contact_role (contact_id);
CREATE INDEX contact_role_country ON contact_role (country_code, dialogue_id);
