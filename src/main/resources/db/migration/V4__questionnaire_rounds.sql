-- Questionnaire rounds: a dialogue sends one frozen template version to its recipient countries
-- with a deadline. Each recipient carries its current status (also the last row of its history,
-- kept here so the board needs no subquery); every dated status change stays in
-- questionnaire_status_change, in order (position), never edited. Meta columns as in V1.

CREATE TABLE questionnaire_round (
    id          TEXT PRIMARY KEY,
    dialogue_id TEXT NOT NULL REFERENCES dialogue (id),
    version_id  TEXT NOT NULL REFERENCES questionnaire_version (id),
    title       TEXT NOT NULL CHECK (trim(title) <> ''),
    deadline    TEXT NOT NULL CHECK (date(deadline) = deadline),
    created_on  TEXT NOT NULL CHECK (date(created_on) = created_on),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1,
    CHECK (deadline >= created_on)
) STRICT;

CREATE TABLE questionnaire_recipient (
    id             TEXT PRIMARY KEY,
    round_id       TEXT NOT NULL REFERENCES questionnaire_round (id),
    country_code   TEXT NOT NULL REFERENCES country (code),
    focal_point_id TEXT REFERENCES contact (id),
    status         TEXT NOT NULL CHECK (status IN ('NOT_SENT', 'SENT', 'REMINDED', 'ANSWER_PARTIAL',
                                                   'ANSWER_COMPLETE', 'UNDER_REVIEW', 'ACCEPTED')),
    status_on      TEXT NOT NULL CHECK (date(status_on) = status_on),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    revision       INTEGER NOT NULL DEFAULT 1,
    UNIQUE (round_id, country_code)
) STRICT;

CREATE TABLE questionnaire_status_change (
    id           TEXT PRIMARY KEY,
    recipient_id TEXT NOT NULL REFERENCES questionnaire_recipient (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position >= 0),
    status       TEXT NOT NULL CHECK (status IN ('NOT_SENT', 'SENT', 'REMINDED', 'ANSWER_PARTIAL',
                                                 'ANSWER_COMPLETE', 'UNDER_REVIEW', 'ACCEPTED')),
    changed_on   TEXT NOT NULL CHECK (date(changed_on) = changed_on),
    officer      TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 1,
    UNIQUE (recipient_id, position)
) STRICT;

-- titles name rounds on the command line: unique, ignoring case
CREATE UNIQUE INDEX questionnaire_round_title ON questionnaire_round (lower(title));

