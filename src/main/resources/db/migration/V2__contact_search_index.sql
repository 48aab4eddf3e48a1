-- Search as you type over many contacts: a trigram full-text index over contact.search_text, so
-- "contains" queries of three letters or more use an index instead of scanning every row.
-- Self-contained (it stores its own copy of the text, keyed by contact id) rather than pointing at
-- contact rowids: VACUUM, and so the backups taken with VACUUM INTO, may renumber rowids.
CREATE VIRTUAL TABLE contact_fts USING fts5(contact_id UNINDEXED, search_text, tokenize = 'trigram');

INSERT INTO contact_fts (contact_id, search_text) SELECT id, search_text FROM contact;

CREATE TRIGGER contact_fts_after_insert AFTER INSERT ON contact BEGIN
    INSERT INTO contact_fts (contact_id, search_text) VALUES (new.id, new.search_text);
END;

CREATE TRIGGER contact_fts_after_update AFTER UPDATE OF search_text ON contact
    WHEN old.search_text IS NOT new.search_text BEGIN
    DELETE FROM contact_fts WHERE contact_id = old.id;
    INSERT INTO contact_fts (contact_id, search_text) VALUES (new.id, new.search_text);
END;

CREATE TRIGGER contact_fts_after_delete AFTER DELETE ON contact BEGIN
    DELETE FROM contact_fts WHERE contact_id = old.id;
END;
