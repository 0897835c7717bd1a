-- What a read of released figures needs without reading a wave's response ids
-- (docs/performance.md, "A cached read without the wave's ids"). Portable SQL shared by SQLite and
-- PostgreSQL.
--
-- "digest" is the SHA-256 of a release state's response ids (each as 8 bytes, big-endian, in
-- ascending order) in 64 lowercase hex digits, written with the state when it is cut; a state never
-- changes, so neither does its digest. States cut before this migration have none, and a read of
-- their summary hashes their ids instead.
ALTER TABLE wish_map_release_state ADD COLUMN digest CHAR(64);
ALTER TABLE measurement_release_state ADD COLUMN digest CHAR(64);

-- How many erasures removed responses of a wave: raised in the same transaction as each erasure
-- that reaches the wave, never lowered while the wave exists (no row: none yet). While it stays,
-- no answer has left the wave, so a check that every answer of the last state is still live or
-- retained need not read the ids again. The rows go with their wave.
CREATE TABLE wish_map_erasures (
  wish_map_id VARCHAR(100) NOT NULL PRIMARY KEY REFERENCES wish_map (id) ON DELETE CASCADE,
  erasures    BIGINT       NOT NULL CHECK (erasures >= 1)
);

CREATE TABLE measurement_erasures (
  measurement_id VARCHAR(100) NOT NULL PRIMARY KEY REFERENCES measurement (id) ON DELETE CASCADE,
  erasures       BIGINT       NOT NULL CHECK (erasures >= 1)
);
