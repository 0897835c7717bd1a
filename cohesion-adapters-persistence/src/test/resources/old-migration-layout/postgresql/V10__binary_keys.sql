-- Response keys compare bytewise and lead with the respondent (PostgreSQL).
--
-- The wave and respondent columns of the response tables take the binary collation "C", as the
-- segment block keys did in V9: their indexes are only looked up by equality and read in id
-- order, never sorted for display, and comparing by the database's collation was a third of the
-- server's work in a bulk import.
--
-- The unique index that keeps a respondent to one answer per wave is keyed (respondent, wave)
-- instead of (wave, respondent): every lookup gives both, and erasure and export ask for a
-- respondent in every wave, which is now one range of the index. A bulk import inserts into this
-- index in no particular order, and with the respondent first most comparisons are decided by the
-- first column instead of passing over the wave.
--
-- The arrays of response ids in segment blocks are stored uncompressed: compressing them cost more
-- in an import than the space it saved.
--
-- A bulk import analyses the wave column so that the planner knows how many rows a wave holds
-- (see PostgresDialect); a small sample is enough for that and keeps it cheap.

-- The old respondent indexes go first, so that changing the collation does not rebuild them.
DROP INDEX wish_map_response_respondent;
DROP INDEX measurement_response_respondent;

ALTER TABLE wish_map_response
  ALTER COLUMN wish_map_id TYPE VARCHAR(100) COLLATE "C",
  ALTER COLUMN respondent TYPE VARCHAR(200) COLLATE "C",
  ALTER COLUMN idempotency_key TYPE VARCHAR(200) COLLATE "C",
  ALTER COLUMN wish_map_id SET STATISTICS 10;

ALTER TABLE measurement_response
  ALTER COLUMN measurement_id TYPE VARCHAR(100) COLLATE "C",
  ALTER COLUMN respondent TYPE VARCHAR(200) COLLATE "C",
  ALTER COLUMN idempotency_key TYPE VARCHAR(200) COLLATE "C",
  ALTER COLUMN measurement_id SET STATISTICS 10;

CREATE UNIQUE INDEX wish_map_response_respondent ON wish_map_response (respondent, wish_map_id);
CREATE UNIQUE INDEX measurement_response_respondent
  ON measurement_response (respondent, measurement_id);

ALTER TABLE wish_map_segment_block
  ALTER COLUMN ids SET STORAGE EXTERNAL,
  ALTER COLUMN wish_map_id SET STATISTICS 10;

ALTER TABLE measurement_segment_block
  ALTER COLUMN ids SET STORAGE EXTERNAL,
  ALTER COLUMN measurement_id SET STATISTICS 10;
