-- Meetings (issue 6): the meeting, its agenda, its participants with their logistics, the
-- preparation checklist, and the unattributed notes and co-chairs' conclusions.
-- Every user-facing record carries id, created_at, updated_at, updated_by, revision and deleted_at,
-- so that bundles from several laptops can be merged record by record. Booleans are 0 or 1.

CREATE TABLE meeting (
    id                TEXT PRIMARY KEY,
    dialogue_id       TEXT NOT NULL REFERENCES dialogue (id),
    type              TEXT NOT NULL,
    title_en          TEXT NOT NULL CHECK (title_en <> ''),
    title_fr          TEXT NOT NULL DEFAULT '',
    title_ar          TEXT NOT NULL DEFAULT '',
    thematic_area     TEXT NOT NULL DEFAULT '',
    host_country      TEXT NOT NULL REFERENCES country (code),
    city_en           TEXT NOT NULL DEFAULT '',
    city_fr           TEXT NOT NULL DEFAULT '',
    city_ar           TEXT NOT NULL DEFAULT '',
    venue             TEXT NOT NULL DEFAULT '',
    start_date        TEXT NOT NULL CHECK (date(start_date) = start_date),
    end_date          TEXT NOT NULL CHECK (date(end_date) = end_date),
    -- language codes separated by commas, e.g. 'en,fr,ar'
    working_languages TEXT NOT NULL,
    -- one interpretation booth per target language, codes separated by commas
    booths            TEXT NOT NULL DEFAULT '',
    capacity          INTEGER NOT NULL CHECK (capacity > 0),
    status            TEXT NOT NULL,
    sample            INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL,
    revision          INTEGER NOT NULL DEFAULT 1,
    deleted_at        TEXT,
    CHECK (end_date >= start_date)
) STRICT;
CREATE INDEX meeting_dialogue ON meeting (dialogue_id, start_date);

-- The co-chairing states of a meeting, in the order they are named; part of the meeting record.
CREATE TABLE meeting_co_chair (
    meeting_id   TEXT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    country_code TEXT NOT NULL REFERENCES country (code),
    PRIMARY KEY (meeting_id, position),
    UNIQUE (meeting_id, country_code)
) STRICT;

CREATE TABLE meeting_session (
    id          TEXT PRIMARY KEY,
    meeting_id  TEXT NOT NULL REFERENCES meeting (id),
    ordinal     INTEGER NOT NULL,
    day         TEXT NOT NULL CHECK (date(day) = day),
    start_time  TEXT NOT NULL,
    end_time    TEXT NOT NULL,
    title_en    TEXT NOT NULL CHECK (title_en <> ''),
    title_fr    TEXT NOT NULL DEFAULT '',
    title_ar    TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL,
    chair       TEXT NOT NULL DEFAULT '',
    -- free-text speakers, one per line
    speakers    TEXT NOT NULL DEFAULT '',
    language    TEXT NOT NULL,
    interpreted INTEGER NOT NULL CHECK (interpreted IN (0, 1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1,
    deleted_at  TEXT,
    CHECK (end_time > start_time)
) STRICT;
CREATE INDEX meeting_session_meeting ON meeting_session (meeting_id, day, start_time);

-- A person at a meeting. The delegation is a country or an organisation, never both. Passport data
-- is only kept while a visa letter needs it (all four columns NULL otherwise).
CREATE TABLE participant (
    id                      TEXT PRIMARY KEY,
    meeting_id              TEXT NOT NULL REFERENCES meeting (id),
    contact_id              TEXT REFERENCES contact (id),
    name                    TEXT NOT NULL CHECK (name <> ''),
    name_ar                 TEXT NOT NULL DEFAULT '',
    -- NameFolding.nameKey(name): what "imported twice" compares
    name_key                TEXT NOT NULL,
    gender                  TEXT NOT NULL,
    delegation_country      TEXT REFERENCES country (code),
    delegation_organisation TEXT REFERENCES organisation (id),
    category                TEXT NOT NULL,
    role                    TEXT NOT NULL,
    status                  TEXT NOT NULL,
    language                TEXT NOT NULL,
    consent_to_list         INTEGER NOT NULL CHECK (consent_to_list IN (0, 1)),
    sample                  INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
    funded_travel           INTEGER NOT NULL DEFAULT 0 CHECK (funded_travel IN (0, 1)),
    funded_hotel            INTEGER NOT NULL DEFAULT 0 CHECK (funded_hotel IN (0, 1)),
    funded_per_diem         INTEGER NOT NULL DEFAULT 0 CHECK (funded_per_diem IN (0, 1)),
    arrival_flight          TEXT,
    arrival_at              TEXT,
    arrival_airport         TEXT,
    departure_flight        TEXT,
    departure_at            TEXT,
    departure_airport       TEXT,
    hotel_check_in          TEXT CHECK (hotel_check_in IS NULL OR date(hotel_check_in) = hotel_check_in),
    hotel_check_out         TEXT CHECK (hotel_check_out IS NULL OR date(hotel_check_out) = hotel_check_out),
    hotel_room_type         TEXT,
    hotel_booking_reference TEXT,
    visa_needed             INTEGER NOT NULL DEFAULT 0 CHECK (visa_needed IN (0, 1)),
    visa_letter_requested   TEXT,
    visa_letter_issued      TEXT,
    visa_embassy            TEXT,
    passport_number         TEXT,
    passport_nationality    TEXT,
    passport_expiry         TEXT,
    birth_date              TEXT,
    dietary                 TEXT NOT NULL DEFAULT '',
    accessibility           TEXT NOT NULL DEFAULT '',
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    updated_by              TEXT NOT NULL,
    revision                INTEGER NOT NULL DEFAULT 1,
    deleted_at              TEXT,
    CHECK ((delegation_country IS NULL) <> (delegation_organisation IS NULL)),
    CHECK (hotel_check_out IS NULL OR hotel_check_in IS NULL OR hotel_check_out >= hotel_check_in)
) STRICT;
CREATE INDEX participant_meeting ON participant (meeting_id);
CREATE INDEX participant_contact ON participant (contact_id);

-- Preparation steps, due a number of days before the meeting's first day.
CREATE TABLE checklist_item (
    id          TEXT PRIMARY KEY,
    meeting_id  TEXT NOT NULL REFERENCES meeting (id),
    kind        TEXT NOT NULL,
    days_before INTEGER NOT NULL CHECK (days_before >= 0),
    done_on     TEXT CHECK (done_on IS NULL OR date(done_on) = done_on),
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1,
    deleted_at  TEXT,
    UNIQUE (meeting_id, kind)
) STRICT;

-- What was said in a session, under the Chatham House Rule: deliberately no column for who said it.
CREATE TABLE session_note (
    id          TEXT PRIMARY KEY,
    meeting_id  TEXT NOT NULL REFERENCES meeting (id),
    session_id  TEXT NOT NULL REFERENCES meeting_session (id),
    text        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1,
    deleted_at  TEXT
) STRICT;
CREATE INDEX session_note_meeting ON session_note (meeting_id);

-- The co-chairs' conclusions, one text per meeting and language, draft -> approved -> final.
CREATE TABLE meeting_conclusions (
    id          TEXT PRIMARY KEY,
    meeting_id  TEXT NOT NULL REFERENCES meeting (id),
    language    TEXT NOT NULL CHECK (language IN ('en', 'fr', 'ar')),
    text        TEXT NOT NULL,
    status      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1,
    deleted_at  TEXT,
    UNIQUE (meeting_id, language)
) STRICT;
