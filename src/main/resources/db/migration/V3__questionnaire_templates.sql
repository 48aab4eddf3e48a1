-- Questionnaire templates: a template has numbered versions; a version has ordered sections of
-- ordered questions. A version used by a round is FROZEN and never changes again: editing makes a
-- new DRAFT version. Sections and questions carry the meta columns of V1 (id, created_at,
-- updated_at, updated_by, revision); choices and table row/column labels are values of their
-- question (replaced with it, versioned by the question's revision).

CREATE TABLE questionnaire_template (
    id             TEXT PRIMARY KEY,
    ref_key        TEXT NOT NULL UNIQUE CHECK (ref_key <> ''),
    title_en       TEXT NOT NULL CHECK (title_en <> ''),
    title_fr       TEXT NOT NULL,
    title_ar       TEXT NOT NULL,
    description_en TEXT NOT NULL DEFAULT '',
    description_fr TEXT NOT NULL DEFAULT '',
    description_ar TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    revision       INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE TABLE questionnaire_version (
    id          TEXT PRIMARY KEY,
    template_id TEXT NOT NULL REFERENCES questionnaire_template (id),
    number      INTEGER NOT NULL CHECK (number >= 1),
    status      TEXT NOT NULL CHECK (status IN ('DRAFT', 'FROZEN')),
    created_on  TEXT NOT NULL,
    frozen_on   TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1,
    UNIQUE (template_id, number),
    CHECK ((status = 'FROZEN') = (frozen_on IS NOT NULL))
) STRICT;

CREATE TABLE questionnaire_section (
    id         TEXT PRIMARY KEY,
    version_id TEXT NOT NULL REFERENCES questionnaire_version (id),
    position   INTEGER NOT NULL CHECK (position >= 0),
    code       TEXT NOT NULL CHECK (code <> ''),
    title_en   TEXT NOT NULL CHECK (title_en <> ''),
    title_fr   TEXT NOT NULL,
    title_ar   TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    revision   INTEGER NOT NULL DEFAULT 1,
    UNIQUE (version_id, code)
) STRICT;

CREATE TABLE questionnaire_question (
    id             TEXT PRIMARY KEY,
    section_id     TEXT NOT NULL REFERENCES questionnaire_section (id),
    version_id     TEXT NOT NULL REFERENCES questionnaire_version (id),
    position       INTEGER NOT NULL CHECK (position >= 0),
    code           TEXT NOT NULL CHECK (code <> '' AND code = lower(code) AND instr(code, ' ') = 0),
    type           TEXT NOT NULL CHECK (type IN ('SHORT_TEXT', 'LONG_TEXT', 'INTEGER', 'DECIMAL', 'YEAR', 'DATE',
                                                 'YES_NO', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'URL_SOURCE', 'TABLE')),
    required       INTEGER NOT NULL CHECK (required IN (0, 1)),
    label_en       TEXT NOT NULL CHECK (label_en <> ''),
    label_fr       TEXT NOT NULL,
    label_ar       TEXT NOT NULL,
    help_en        TEXT NOT NULL DEFAULT '',
    help_fr        TEXT NOT NULL DEFAULT '',
    help_ar        TEXT NOT NULL DEFAULT '',
    definition_en  TEXT NOT NULL DEFAULT '',
    definition_fr  TEXT NOT NULL DEFAULT '',
    definition_ar  TEXT NOT NULL DEFAULT '',
    unit           TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    revision       INTEGER NOT NULL DEFAULT 1,
    UNIQUE (version_id, code)
) STRICT;

CREATE INDEX questionnaire_question_section ON questionnaire_question (section_id, position);

-- Choices of a choice question, and row and column labels of a table question.
CREATE TABLE questionnaire_option (
    question_id TEXT NOT NULL REFERENCES questionnaire_question (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('CHOICE', 'ROW', 'COLUMN')),
    position    INTEGER NOT NULL CHECK (position >= 0),
    code        TEXT NOT NULL CHECK (code <> ''),
    label_en    TEXT NOT NULL CHECK (label_en <> ''),
    label_fr    TEXT NOT NULL,
    label_ar    TEXT NOT NULL,
    PRIMARY KEY (question_id, kind, position),
    UNIQUE (question_id, kind, code)
) STRICT;
