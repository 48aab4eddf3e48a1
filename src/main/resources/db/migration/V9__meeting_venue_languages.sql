-- Meetings (issue 6): the venue in the three languages, like the city, so an Arabic letter names it in
-- Arabic. The venue written so far is the English one; French and Arabic start empty and fall back to it.

ALTER TABLE meeting RENAME COLUMN venue TO venue_en;
ALTER TABLE meeting ADD COLUMN venue_fr TEXT NOT NULL DEFAULT '';
ALTER TABLE meeting ADD COLUMN venue_ar TEXT NOT NULL DEFAULT '';
