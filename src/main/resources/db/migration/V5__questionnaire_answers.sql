-- Answers of a round: one row per recipient and question (the unit an officer reviews: accept, or
-- flag with a comment), with the question's values in questionnaire_answer_value, one row per
-- answer key: the question code for a simple question, 'code:choice' per choice of a multiple
-- choice question, 'code:row:column' per cell of a table. Values are canonical text (integers and
-- decimals in plain notation, dates ISO, yes/no as 'yes'/'no', choices by code), so they compare
-- and export the same whatever the language of the form they came from. The question code is
-- stable across template versions, which lets a new round be pre-filled from the last one.

CREATE TABLE questionnaire_answer (
    id             TEXT PRIMARY KEY,
    recipient_id   TEXT NOT NULL REFERENCES questionnaire_recipient (id) ON DELETE CASCADE,
    question_code  TEXT NOT NULL CHECK (question_code <> ''),
    note           TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL CHECK (source IN ('IMPORTED', 'TYPED')),
    source_file    TEXT NOT NULL DEFAULT '',
    review         TEXT NOT NULL CHECK (review IN ('PENDING', 'ACCEPTED', 'FLAGGED')),
    review_comment TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    revision       INTEGER NOT NULL DEFAULT 1,
    UNIQUE (recipient_id, question_code),
    -- a flag says why
    CHECK (review <> 'FLAGGED' OR trim(review_comment) <> '')
) STRICT;

CREATE TABLE questionnaire_answer_value (
    answer_id  TEXT NOT NULL REFERENCES questionnaire_answer (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 0),
    answer_key TEXT NOT NULL CHECK (answer_key <> ''),
    value      TEXT NOT NULL CHECK (value <> ''),
    PRIMARY KEY (answer_id, answer_key)
) STRICT;
