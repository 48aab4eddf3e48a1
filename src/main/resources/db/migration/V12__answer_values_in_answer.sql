-- An answer's values move from questionnaire_answer_value into the answer row itself, as a JSON array
-- of [position, answer_key, value] triples: [[0,"stock","1200"],[1,"unit","persons"]].
-- Why: an answer has four values on average and is always read and written whole, yet every value was a
-- row with an index entry of its own; a large exchange import spent most of its time inserting them. The
-- triples keep everything the rows held, so a bundle still carries each value as before (see
-- store.PackedRows) and records keep their hashes. The old table's rules (keys and values not empty, a
-- key once per answer) are kept by the code that writes the column.

ALTER TABLE questionnaire_answer ADD COLUMN answer_values TEXT NOT NULL DEFAULT '[]'
    CHECK (answer_values LIKE '[%]' AND json_valid(answer_values));

UPDATE questionnaire_answer
SET answer_values = (
    SELECT json_group_array(json_array(v.position, v.answer_key, v.value) ORDER BY v.position, v.answer_key)
    FROM questionnaire_answer_value v
    WHERE v.answer_id = questionnaire_answer.id)
WHERE id IN (SELECT answer_id FROM questionnaire_answer_value);

DROP TABLE questionnaire_answer_value;
