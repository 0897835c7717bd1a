-- Response keys compare bytewise (PostgreSQL). The wave and respondent columns of the response
-- tables take the binary collation "C", as the segment block keys did in V9: their indexes are
-- only looked up by equality and read in id order, never sorted for display, and comparing by the
-- database's collation was a third of the server's work in a bulk import. The arrays of response
-- ids in segment blocks are stored uncompressed: compressing them cost more in an import than the
-- space it saved.

ALTER TABLE wish_map_response
  ALTER COLUMN wish_map_id TYPE VARCHAR(100) COLLATE "C",
  ALTER COLUMN respondent TYPE VARCHAR(200) COLLATE "C",
  ALTER COLUMN idempotency_key TYPE VARCHAR(200) COLLATE "C";

ALTER TABLE measurement_response
  ALTER COLUMN measurement_id TYPE VARCHAR(100) COLLATE "C",
  ALTER COLUMN respondent TYPE VARCHAR(200) COLLATE "C",
  ALTER COLUMN idempotency_key TYPE VARCHAR(200) COLLATE "C";

ALTER TABLE wish_map_segment_block ALTER COLUMN ids SET STORAGE EXTERNAL;
ALTER TABLE measurement_segment_block ALTER COLUMN ids SET STORAGE EXTERNAL;

-- A bulk import analyses the wave column so that the planner knows how many rows a wave holds
-- (see PostgresDialect); a small sample is enough for that, and a small sample keeps it cheap.
ALTER TABLE wish_map_response ALTER COLUMN wish_map_id SET STATISTICS 10;
ALTER TABLE measurement_response ALTER COLUMN measurement_id SET STATISTICS 10;
ALTER TABLE wish_map_segment_block ALTER COLUMN wish_map_id SET STATISTICS 10;
ALTER TABLE measurement_segment_block ALTER COLUMN measurement_id SET STATISTICS 10;
