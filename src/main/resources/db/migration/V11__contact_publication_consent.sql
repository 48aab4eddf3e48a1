-- Whether a contact agreed to be named on the publication website (name, organisation and role only;
-- never emails, phones or anything else). No by default: a public bundle leaves out every contact who
-- has not said yes, and its leak check refuses the export if such a contact's name appears anywhere.
ALTER TABLE contact ADD COLUMN publication_consent INTEGER NOT NULL DEFAULT 0
    CHECK (publication_consent IN (0, 1));
