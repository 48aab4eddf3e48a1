-- Profiles (country, route, hub, city) drafted on a template of sections. Each section of a
-- profile has a workflow status and an access level, its text in en/fr/ar (Markdown) and its
-- indicators. A text carries its own revision; a translation records the revision of the
-- source-language text it translates, so a changed source shows the translation as stale.
-- Publishing freezes a numbered version: its texts and indicators are copied, never edited.
-- Meta columns as in V1.

CREATE TABLE profile_template (
    id          TEXT PRIMARY KEY,
    ref_key     TEXT NOT NULL UNIQUE CHECK (ref_key <> ''),
    title_en    TEXT NOT NULL CHECK (title_en <> ''),
    title_fr    TEXT NOT NULL,
    title_ar    TEXT NOT NULL,
    kinds       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE TABLE profile_template_section (
    template_id  TEXT NOT NULL REFERENCES profile_template (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position >= 0),
    code         TEXT NOT NULL CHECK (code <> ''),
    title_en     TEXT NOT NULL CHECK (title_en <> ''),
    title_fr     TEXT NOT NULL,
    title_ar     TEXT NOT NULL,
    access       TEXT NOT NULL CHECK (access IN ('PUBLIC', 'RESTRICTED')),
    validator_id TEXT REFERENCES organisation (id),
    PRIMARY KEY (template_id, position),
    UNIQUE (template_id, code)
) STRICT;

CREATE TABLE profile (
    id              TEXT PRIMARY KEY,
    ref_key         TEXT NOT NULL UNIQUE CHECK (ref_key <> ''),
    kind            TEXT NOT NULL CHECK (kind IN ('COUNTRY', 'ROUTE', 'HUB', 'CITY')),
    template_id     TEXT NOT NULL REFERENCES profile_template (id),
    dialogue_id     TEXT REFERENCES dialogue (id),
    country_code    TEXT REFERENCES country (code),
    place           TEXT NOT NULL DEFAULT '',
    title_en        TEXT NOT NULL CHECK (title_en <> ''),
    title_fr        TEXT NOT NULL,
    title_ar        TEXT NOT NULL,
    access          TEXT NOT NULL CHECK (access IN ('PUBLIC', 'RESTRICTED')),
    source_language TEXT NOT NULL CHECK (source_language IN ('en', 'fr', 'ar')),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 1,
    CHECK (kind <> 'COUNTRY' OR country_code IS NOT NULL)
) STRICT;

-- the countries of a route profile, in order along the route
CREATE TABLE profile_route_country (
    profile_id   TEXT NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position >= 0),
    country_code TEXT NOT NULL REFERENCES country (code),
    PRIMARY KEY (profile_id, position),
    UNIQUE (profile_id, country_code)
) STRICT;

CREATE TABLE profile_section (
    id              TEXT PRIMARY KEY,
    profile_id      TEXT NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL CHECK (position >= 0),
    code            TEXT NOT NULL CHECK (code <> ''),
    status          TEXT NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'VALIDATED', 'APPROVED')),
    access          TEXT NOT NULL CHECK (access IN ('PUBLIC', 'RESTRICTED')),
    validated_by    TEXT NOT NULL DEFAULT '',
    validated_on    TEXT CHECK (validated_on IS NULL OR date(validated_on) = validated_on),
    status_note     TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 1,
    UNIQUE (profile_id, code),
    CHECK (status NOT IN ('VALIDATED', 'APPROVED') OR (validated_by <> '' AND validated_on IS NOT NULL))
) STRICT;

CREATE TABLE profile_text (
    id              TEXT PRIMARY KEY,
    section_id      TEXT NOT NULL REFERENCES profile_section (id) ON DELETE CASCADE,
    lang            TEXT NOT NULL CHECK (lang IN ('en', 'fr', 'ar')),
    markdown        TEXT NOT NULL,
    text_revision   INTEGER NOT NULL CHECK (text_revision >= 1),
    source_revision INTEGER CHECK (source_revision IS NULL OR source_revision >= 1),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 1,
    UNIQUE (section_id, lang)
) STRICT;

CREATE TABLE profile_indicator (
    id          TEXT PRIMARY KEY,
    section_id  TEXT NOT NULL REFERENCES profile_section (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position >= 0),
    code        TEXT NOT NULL CHECK (code <> ''),
    label_en    TEXT NOT NULL CHECK (label_en <> ''),
    label_fr    TEXT NOT NULL,
    label_ar    TEXT NOT NULL,
    year        INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
    value       TEXT NOT NULL,
    unit        TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL DEFAULT '',
    source_url  TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    provenance  TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1,
    UNIQUE (section_id, code, year)
) STRICT;

CREATE TABLE profile_version (
    id           TEXT PRIMARY KEY,
    profile_id   TEXT NOT NULL REFERENCES profile (id),
    number       INTEGER NOT NULL CHECK (number >= 1),
    published_on TEXT NOT NULL CHECK (date(published_on) = published_on),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 1,
    UNIQUE (profile_id, number)
) STRICT;

-- what a published version said, section by section and language by language; indicators are
-- kept as their rendered Markdown table so that a diff reads them like text
CREATE TABLE profile_version_text (
    version_id   TEXT NOT NULL REFERENCES profile_version (id),
    position     INTEGER NOT NULL CHECK (position >= 0),
    section_code TEXT NOT NULL,
    lang         TEXT NOT NULL CHECK (lang IN ('en', 'fr', 'ar')),
    status       TEXT NOT NULL,
    access       TEXT NOT NULL,
    markdown     TEXT NOT NULL,
    indicators   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (version_id, section_code, lang)
) STRICT;

-- a published version is never changed
CREATE TRIGGER profile_version_text_frozen BEFORE UPDATE ON profile_version_text
BEGIN
    SELECT RAISE(ABORT, 'a published profile version is never changed');
END;

-- which questionnaire answers feed which part of profiles on a template: a question's figures
-- become indicators of a section (a table's rows each an indicator, its year columns the years),
-- or its text is inserted into a section's draft, marked with where it came from
CREATE TABLE profile_mapping (
    template_id    TEXT NOT NULL REFERENCES profile_template (id) ON DELETE CASCADE,
    question_code  TEXT NOT NULL CHECK (question_code <> ''),
    section_code   TEXT NOT NULL CHECK (section_code <> ''),
    target         TEXT NOT NULL CHECK (target IN ('INDICATOR', 'TEXT')),
    indicator_code TEXT NOT NULL DEFAULT '',
    unit           TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (template_id, question_code)
) STRICT;
